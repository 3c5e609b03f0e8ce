class Box<T> {
    var value: T
    init(_ value: T) { self.value = value }
    func map<U>(_ transform: (T) -> U) -> Box<U> { Box<U>(transform(value)) }
}
final class Counter<T> {
    var seen: [T] = []
    func add(_ x: T) { seen.append(x) }
}
let a = Box(41)
let b = a
b.value += 1
print(a.value, a === b) // expect: 42 true
print(a) // expect: main.Box<Swift.Int>
print(a.map { Double($0) / 2 }.value) // expect: 21.0
print([Box("x")]) // expect: [main.Box<Swift.String>]
let c = Counter<String>()
c.add("p")
c.add("q")
print(c.seen, c) // expect: ["p", "q"] main.Counter<Swift.String>

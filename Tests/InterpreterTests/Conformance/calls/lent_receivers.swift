// Receivers lent to non-mutating methods: a struct receiver read by its method keeps its value while
// the method works on copies, and a class receiver stays the shared instance.
struct Stack {
    var items: [Int]
    func pushed(_ x: Int) -> Stack {
        var copy = self
        copy.items.append(x)
        return copy
    }
    func total() -> Int { items.reduce(0, +) }
    mutating func push(_ x: Int) { items.append(x) }
}
final class Log {
    var lines: [String] = []
    func add(_ s: String) -> Log { lines.append(s); return self }
    func count() -> Int { lines.count }
}
func work() -> String {
    var s = Stack(items: [1])
    let t = s.pushed(2)
    s.push(3)
    let u = t.pushed(4).pushed(5)
    let log = Log()
    let same = log.add("a").add("b") === log
    return "\(s.items) \(t.items) \(u.items) \(s.total() + u.total()) \(log.count()) \(same)"
}
print(work()) // expect: [1, 3] [1, 2] [1, 2, 4, 5] 16 2 true
print(work()) // expect: [1, 3] [1, 2] [1, 2, 4, 5] 16 2 true

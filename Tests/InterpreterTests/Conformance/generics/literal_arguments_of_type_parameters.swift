// An integer literal passed to a generic type's method for a parameter of type `T` is a Double (Float) when
// the receiver is a `Stack<Double>` (`Box<Float>`), as Swift types it; an Int stays an Int.
struct Stack<T> {
    var items: [T] = []
    mutating func push(_ x: T) { items.append(x) }
    func contains(_ x: T, _ other: Int) -> Bool { items.count > other }
}
var s = Stack<Double>()
s.push(1)
s.push(2.5)
print(s.items, s.items[0] / 4) // expect: [1.0, 2.5] 0.25
var t: Stack<Int> = Stack()
t.push(3)
print(t.items, t) // expect: [3] Stack<Int>(items: [3])
final class Box<T> {
    var value: T
    init(_ v: T) { value = v }
    func set(_ v: T) { value = v }
}
let b = Box<Double>(1)
b.set(7)
print(b.value) // expect: 7.0
struct Grid<T: Numeric> {
    var cols: Int
    var data: [T]
    subscript(i: Int, j: Int) -> T {
        get { data[i * cols + j] }
        set { data[i * cols + j] = newValue }
    }
}
var g = Grid(cols: 2, data: [1.0, 1.0, 1.0, 1.0])
g[1, 1] = 4
g[0, 1] += 2
print(g.data) // expect: [1.0, 3.0, 1.0, 4.0]

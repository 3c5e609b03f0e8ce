// A generic type constructed with written arguments (`Box<Double>(value: 2)`, `let c: Box<Float> = Box(…)`)
// types number literals in properties of that parameter's type as Swift does.
struct Box<T> { var value: T; var other: T }
let b = Box<Double>(value: 2, other: 3)
print(b.value / 4, b) // expect: 0.5 Box<Double>(value: 2.0, other: 3.0)
let c: Box<Float> = Box(value: 1, other: 2)
print(c) // expect: Box<Float>(value: 1.0, other: 2.0)
struct Pair<A, B> { var first: A; var second: B }
print(Pair<Double, Int>(first: 1, second: 2)) // expect: Pair<Double, Int>(first: 1.0, second: 2)
final class Cell<T> {
    var item: T
    init(item: T) { self.item = item }
}
print(Cell<Double>(item: 5).item) // expect: 5.0

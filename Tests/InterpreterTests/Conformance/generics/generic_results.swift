// A generic function's result of type T, [T] or T? takes the type of the argument T was inferred from.
protocol P { var id: Int { get } }
struct A: P { let id: Int; let name: String }
func same<T: P>(_ x: T) -> T { x }
print(same(A(id: 1, name: "x")).name) // expect: x
func id<T>(_ x: [T]) -> [T] { x }
let a = id([1.5, 2.5])
print((a.first ?? 0) + 1) // expect: 2.5
func largest<T: Comparable>(_ xs: [T]) -> T? { xs.max() }
print((largest([3.0, 1.5]) ?? 0) / 2, largest(["b", "a"])!.uppercased()) // expect: 1.5 B
func firstOf<T: P>(_ items: [T]) -> T { items[0] }
print(firstOf([A(id: 7, name: "q"), A(id: 8, name: "r")]).name) // expect: q
func pick<T>(_ a: T, or b: T, _ first: Bool) -> T { first ? a : b }
print(pick(2.5, or: 1.0, false) * 2) // expect: 2.0

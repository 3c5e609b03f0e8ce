// A generic type whose `where` clause relates two parameters' associated types.
protocol Layer {
    associatedtype Input
    func callAsFunction(_ x: Input) -> Input
}
struct Scale: Layer {
    var factor: Double
    func callAsFunction(_ x: Double) -> Double { x * factor }
}
struct Shift: Layer {
    var by: Double
    func callAsFunction(_ x: Double) -> Double { x + by }
}
struct Chain<A: Layer, B: Layer> where A.Input == B.Input {
    var first: A
    var second: B
    func callAsFunction(_ x: A.Input) -> A.Input { second(first(x)) }
}
let chain = Chain(first: Scale(factor: 2), second: Shift(by: 1))
print(chain(3.0), chain(0.5)) // expect: 7.0 2.0
func twice<L: Layer, M: Layer>(_ l: L, _ m: M, _ x: L.Input) -> L.Input where L.Input == M.Input { m(l(x)) }
print(twice(Shift(by: 1), Scale(factor: 3), 1.0)) // expect: 6.0

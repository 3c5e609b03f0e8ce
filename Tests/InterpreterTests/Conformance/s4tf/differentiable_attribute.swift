import _Differentiation
@differentiable(reverse)
func square(_ x: Double) -> Double { x * x }
struct Model {
    var w: Double
    @differentiable(reverse)
    func callAsFunction(_ x: Double) -> Double { w * x }
}
class Wrapper {
    var model = Model(w: 3)
    @differentiable(reverse)
    func apply(_ x: Double) -> Double { model(x) + square(x) }
}
print(square(3), Model(w: 2)(4), Wrapper().apply(2)) // expect: 9.0 8.0 10.0

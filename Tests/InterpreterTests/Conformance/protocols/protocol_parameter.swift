protocol Layer {
    func forward(_ x: Double) -> Double
}
struct Scale: Layer {
    var factor: Double
    func forward(_ x: Double) -> Double { x * factor }
}
struct Shift: Layer {
    var by: Double
    func forward(_ x: Double) -> Double { x + by }
}
func run(_ layers: [Layer], _ x: Double) -> Double {
    var y = x
    for l in layers { y = l.forward(y) }
    return y
}
func apply(_ layer: Layer, twice x: Double) -> Double { layer.forward(layer.forward(x)) }
print(run([Scale(factor: 2), Shift(by: 1), Scale(factor: 3)], 1)) // expect: 9.0
print(apply(Shift(by: 0.5), twice: 1)) // expect: 2.0

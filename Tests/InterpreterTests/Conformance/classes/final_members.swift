class Layer {
    final func forward(_ x: Double) -> Double { activate(x * weight) }
    var weight = 2.0
    func activate(_ x: Double) -> Double { x }
}
final class ReLU: Layer {
    override func activate(_ x: Double) -> Double { max(0, x) }
}
let layers: [Layer] = [Layer(), ReLU()]
for l in layers { print(l.forward(-1.5), l.forward(3)) } // expect: -3.0 6.0
// expect: 0.0 6.0
let r = ReLU()
print(r.activate(-2)) // expect: 0.0

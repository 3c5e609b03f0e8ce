protocol Layer {
    var name: String { get }
    func callAsFunction(_ x: [Double]) -> [Double]
}
struct Scale: Layer {
    var k: Double
    var name: String { "scale(\(k))" }
    func callAsFunction(_ x: [Double]) -> [Double] { x.map { $0 * k } }
}
final class ReLU: Layer {
    let name = "relu"
    var calls = 0
    func callAsFunction(_ x: [Double]) -> [Double] {
        calls += 1
        return x.map { max(0, $0) }
    }
}
let relu = ReLU()
let model: [Layer] = [Scale(k: 2), relu, Scale(k: -1)]
var x = [1.0, -2.0, 3.0]
for layer in model { x = layer.callAsFunction(x) }
print(x) // expect: [-2.0, -0.0, -6.0]
print(model.map { $0.name }) // expect: ["scale(2.0)", "relu", "scale(-1.0)"]
print(relu.calls) // expect: 1

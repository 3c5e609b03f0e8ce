// A protocol's requirements may name types the same cell declares after it (a struct, a class, an
// enum, a typealias), as in Swift.
protocol Layer {
    var name: String { get }
    func forward(_ batch: Batch) -> Batch
    func phase(in mode: Mode) -> Phase
}
protocol Scaled: Layer {
    var factor: Scalar { get }
}
typealias Scalar = Double
struct Batch { var values: [Scalar] }
enum Mode { case training, inference }
final class Phase {
    let label: String
    init(label: String) { self.label = label }
}
struct Scale: Scaled {
    var factor: Scalar
    var name: String { "scale×\(factor)" }
    func forward(_ batch: Batch) -> Batch { Batch(values: batch.values.map { $0 * factor }) }
    func phase(in mode: Mode) -> Phase { Phase(label: "\(mode)") }
}
let layers: [Layer] = [Scale(factor: 2), Scale(factor: 0.5)]
var batch = Batch(values: [1, 2, 3])
for layer in layers { batch = layer.forward(batch) }
print(batch) // expect: Batch(values: [1.0, 2.0, 3.0])
print(layers.map { $0.name }, layers[0].phase(in: .training).label) // expect: ["scale×2.0", "scale×0.5"] training
let scaled: Scaled = Scale(factor: 3)
print(scaled.factor, scaled.forward(Batch(values: [1])).values) // expect: 3.0 [3.0]

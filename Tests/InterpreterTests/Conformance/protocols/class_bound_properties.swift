// A value held as a protocol refining `AnyObject` is a reference: its settable properties change
// through a `let`, an element of a `let` array, or a parameter.
protocol Optimizer: AnyObject {
    var learningRate: Double { get set }
}
final class SGD: Optimizer {
    var learningRate: Double
    init(learningRate: Double) { self.learningRate = learningRate }
}
let optimizers: [Optimizer] = [SGD(learningRate: 0.1), SGD(learningRate: 0.5)]
optimizers[0].learningRate *= 2
let second = optimizers[1]
second.learningRate = 0.25
print(optimizers.map(\.learningRate)) // expect: [0.2, 0.25]
func decay(_ o: Optimizer) { o.learningRate /= 4 }
decay(optimizers[0])
print(optimizers[0].learningRate) // expect: 0.05

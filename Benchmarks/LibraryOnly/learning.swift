// The learning benchmarks of issue 12 on the Autodiff and Learning libraries alone (no interpreter):
// the same algorithms as Benchmarks/Peers/learning_peers.py, timed the same way (best of RUNS, wall
// clock). Built and run by Benchmarks/learning-library.sh; prints a JSON object of seconds.
import Autodiff
import Foundation
import Learning

func bestOf(_ runs: Int, _ body: () throws -> Void) rethrows -> Double {
    var best = Double.infinity
    for _ in 0..<runs {
        let start = DispatchTime.now().uptimeNanoseconds
        try body()
        best = min(best, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
    }
    return best
}

let runs = Int(CommandLine.arguments.dropFirst().first ?? "5") ?? 5
setSeed(0)
let x = try Tensor.randomNormal([32, 64])
let y = try Tensor.randomUniform([32], min: 0, max: 10, dtype: .int32)
let model = Sequential([try Dense(inputSize: 64, outputSize: 128, activation: { try relu($0) }),
                        try Dense(inputSize: 128, outputSize: 10)])
let adam = Adam(learningRate: 0.001)
let variables = model.trainableVariables
let mlpSteps = 200
let mlp = try bestOf(runs) {
    for _ in 0..<mlpSteps {
        let tape = GradientTape()
        let loss = try tape.record { try Losses.softmaxCrossEntropy(logits: try model(x), labels: y) }
        try adam.apply(try tape.gradient(loss, variables), to: variables)
    }
}

let xs = try Tensor.randomNormal([569, 30])
let ys = try cast(try Tensor.randomUniform([569, 1], min: 0, max: 2, dtype: .int32), to: .float32)
let w = Variable(try Tensor.zeros([30, 1]))
let b = Variable(try Tensor.zeros([1]))
let sgd = try SGD(learningRate: 0.1)
let logistic = try bestOf(runs) {
    for _ in 0..<500 {
        let tape = GradientTape()
        let loss = try tape.record { try Losses.sigmoidCrossEntropy(logits: try matmul(xs, w.value) + b.value, labels: ys) }
        try sgd.apply(try tape.gradient(loss, [w, b]), to: [w, b])
    }
}
print("{\"library_mlp_adam_step\": \(mlp / Double(mlpSteps)), \"library_logistic_sgd\": \(logistic)}")

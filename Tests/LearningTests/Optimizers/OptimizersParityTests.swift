import Autodiff
import Learning
import Testing

/// Every optimizer against Keras 3: a 4-5-3 tanh MLP trained for 100 steps from the same weights
/// and data, every step's loss (relative 1e-4) and the final weights (relative 1e-3).
@Suite struct OptimizersParityTests {
    static var optimizers: [String: () throws -> Optimizer] { [
        "sgd": { try SGD(learningRate: 0.1) },
        "sgd_momentum": { try SGD(learningRate: 0.05, momentum: 0.9) },
        "sgd_nesterov": { try SGD(learningRate: 0.05, momentum: 0.9, nesterov: true) },
        "sgd_weight_decay": { try SGD(learningRate: 0.1, weightDecay: 0.05) },
        "rmsprop": { RMSProp() },
        "rmsprop_momentum": { RMSProp(learningRate: 0.002, rho: 0.8, momentum: 0.5) },
        "adam": { Adam(learningRate: 0.01) },
        "adam_custom": { Adam(learningRate: 0.02, beta1: 0.8, beta2: 0.99, epsilon: 1e-4) },
        "adamw": { AdamW(learningRate: 0.01, weightDecay: 0.1) },
        "adamw_default": { AdamW() },
    ] }

    @Test(arguments: optimizers.keys.sorted())
    func trainingMatchesKeras(_ name: String) throws {
        let keras = try KerasReference.load()
        let data = "learning_data"
        let x = try keras.tensor(data, "x")
        let y = try cast(try keras.tensor(data, "y"), to: .int32)
        let hiddenActivation: Activation = { x in try tanh(x) }
        let hidden = Dense(weight: Variable(try keras.tensor(data, "w1")), bias: Variable(try keras.tensor(data, "b1")),
                           activation: hiddenActivation)
        let output = Dense(weight: Variable(try keras.tensor(data, "w2")), bias: Variable(try keras.tensor(data, "b2")))
        let model = Sequential([hidden, output])
        let make = try #require(Self.optimizers[name])
        let optimizer = try make()
        let variables = model.trainableVariables
        #expect(variables.count == 4)
        var losses: [Double] = []
        for _ in 0..<100 {
            let tape = GradientTape()
            let loss = try tape.record { try Losses.softmaxCrossEntropy(logits: try model(x), labels: y) }
            try optimizer.apply(try tape.gradient(loss, variables), to: variables)
            losses.append(try loss.scalarValue())
        }
        #expect(optimizer.iterations == 100)
        let expected = try keras.tensor("learning_optimizers", name + "_losses").doubles
        for (step, (ours, theirs)) in zip(losses, expected).enumerated() {
            let tolerance = step < 10 ? 1e-4 : 1e-3
            #expect(Swift.abs(ours - theirs) <= tolerance * Swift.abs(theirs), "\(name) step \(step): ours \(ours), Keras \(theirs)")
        }
        for (label, v) in zip(["w1", "b1", "w2", "b2"], variables) {
            keras.expect("learning_optimizers", name + "_" + label, v.value, relativeTolerance: 1e-3, absoluteTolerance: 1e-5)
        }
    }

    @Test func nilGradientsLeaveTheirVariableAlone() throws {
        let a = try Variable([1.0, 2.0])
        let b = try Variable([3.0])
        let optimizer = AdamW(learningRate: 0.1)
        try optimizer.apply([try Tensor(nested: [1.0, 1.0]), nil], to: [a, b])
        #expect(b.value.doubles == [3])
        #expect(a.value.doubles != [1, 2])
        #expect(throws: TensorError("apply: no gradients provided for any variable: [\"Variable\", \"Variable\"]")) {
            try optimizer.apply([nil, nil], to: [a, b])
        }
        #expect(throws: TensorError("apply: 1 gradients for 2 variables")) { try optimizer.apply([nil], to: [a, b]) }
    }

    @Test func learningRateIsSettable() throws {
        let v = try Variable([1.0])
        let optimizer = try SGD(learningRate: 0.5)
        try optimizer.apply([try Tensor(nested: [1.0])], to: [v])
        optimizer.learningRate = 0.25
        try optimizer.apply([try Tensor(nested: [1.0])], to: [v])
        #expect(v.value.doubles == [0.25])
    }
}

/// Issue 12's measurements, through real notebook cells (interpreter, bindings, tape, optimizer):
/// one Adam step of a 64-128-10 MLP on a batch of 32, and full-batch SGD logistic regression on
/// breast-cancer-sized data (569 x 30) for 500 steps. Each is the cell with the loop minus the same
/// cell with no iterations, as the PyTorch peers time an already compiled loop.
enum LearningBenchmarks {
    static let mlpSteps = 200
    static let logisticSteps = 500

    static let mlpSetup = """
        setSeed(0)
        let x = Tensor.randomNormal([32, 64])
        let y = Tensor.randomUniform([32], min: 0, max: 10, dtype: .int32)
        let model = Sequential([Dense(inputSize: 64, outputSize: 128, activation: relu),
                                Dense(inputSize: 128, outputSize: 10)])
        let optimizer = Adam(learningRate: 0.001)
        let variables = model.trainableVariables
        """

    static func mlp(steps: Int) -> String {
        """
        for _ in 0..<\(steps) {
            let tape = GradientTape()
            let loss = tape.record { softmaxCrossEntropy(logits: model.callAsFunction(x), labels: y) }
            optimizer.apply(tape.gradient(loss, variables), to: variables)
        }
        """
    }

    static let logisticSetup = """
        setSeed(0)
        let x = Tensor.randomNormal([569, 30])
        let y = cast(Tensor.randomUniform([569, 1], min: 0, max: 2, dtype: .int32), to: .float32)
        let w = Variable(Tensor.zeros([30, 1]))
        let b = Variable(Tensor.zeros([1]))
        let optimizer = SGD(learningRate: 0.1)
        """

    static func logistic(steps: Int) -> String {
        """
        for _ in 0..<\(steps) {
            let tape = GradientTape()
            let loss = tape.record { sigmoidCrossEntropy(logits: matmul(x, w) + b, labels: y) }
            optimizer.apply(tape.gradient(loss, [w, b]), to: [w, b])
        }
        """
    }

    /// The best time of `setup` + `loop(steps)` minus `setup` + `loop(0)`, alternating the two.
    static func loopTime(runs: Int, _ setup: String, _ loop: (Int) -> String, steps: Int) throws -> Double {
        var full = Double.infinity
        var empty = Double.infinity
        for _ in 0..<runs {
            empty = min(empty, try RuntimeBenchmarks.lastCellSeconds([setup, loop(0)]))
            full = min(full, try RuntimeBenchmarks.lastCellSeconds([setup, loop(steps)]))
        }
        return full - empty
    }

    /// The measurements against the peers' times in `peers`.
    static func run(runs: Int, peers: [String: Double]) throws -> [Measurement] {
        let step = try loopTime(runs: runs, mlpSetup, mlp, steps: mlpSteps) / Double(mlpSteps)
        let logisticTime = try loopTime(runs: runs, logisticSetup, logistic, steps: logisticSteps)
        return [
            Measurement(name: "MLP 64-128-10 step (ReLU, softmax CE, Adam, batch 32)", nbrun: step,
                        peer: "PyTorch eager", peerTime: peers["torch_mlp_adam_step"], goal: .speedup(2)),
            Measurement(name: "logistic regression 569x30, \(logisticSteps) SGD steps", nbrun: logisticTime,
                        peer: "PyTorch eager", peerTime: peers["torch_logistic_sgd"], goal: .speedup(2)),
        ]
    }
}

import Autodiff
import Learning
import Testing

/// The losses against Keras 3 (values and gradients, logits of ±100 included) and finite differences.
@Suite struct LossesTests {
    static var losses: [String: (Tensor, Tensor) throws -> Tensor] { [
        "mse": { logits, probs in try Losses.meanSquaredError(predicted: logits, expected: probs) },
        "mae": { logits, probs in try Losses.meanAbsoluteError(predicted: logits, expected: probs) },
        "sigmoid": { logits, _ in
            try Losses.sigmoidCrossEntropy(logits: logits, labels: try Tensor(
                nested: [[1.0, 0.0, 1.0], [0.0, 1.0, 1.0], [1.0, 1.0, 0.0], [0.0, 1.0, 0.0]], dtype: logits.dtype))
        },
        "sparse": { logits, _ in
            try Losses.softmaxCrossEntropy(logits: logits, labels: try Tensor(nested: [0, 1, 2, 2], dtype: .int32))
        },
        "categorical": { logits, probs in try Losses.softmaxCrossEntropy(logits: logits, probabilities: probs) },
    ] }

    @Test func everyLossMatchesKeras() throws {
        let keras = try KerasReference.load()
        for (name, loss) in Self.losses {
            let logits = try Variable([[2.0, -1.0, 0.5], [100.0, -100.0, 0.0], [-3.0, 0.25, 1.5], [0.0, 0.0, 0.0]])
            let probs = try Variable([[0.7, 0.2, 0.1], [0.0, 1.0, 0.0], [0.25, 0.25, 0.5], [1.0, 0.0, 0.0]])
            let tape = GradientTape()
            let value = try tape.record { try loss(logits.value, probs.value) }
            let g = try tape.gradient(value, [logits, probs])
            keras.expect("learning_losses", name + "_loss", value)
            keras.expect("learning_losses", name + "_dlogits", g[0])
            keras.expect("learning_losses", name + "_dlabels", g[1])
        }
    }

    @Test func gradientsMatchFiniteDifferences() throws {
        // No logit equals its label, so |predicted - expected| is smooth at every point checked.
        let logits = try Tensor(nested: [[2.0, -1.0, 0.5], [10.0, -10.0, 0.3], [-3.0, 0.35, 1.5]], dtype: .float64)
        let probs = try Tensor(nested: [[0.7, 0.2, 0.1], [0.0, 1.0, 0.0], [0.25, 0.25, 0.5]], dtype: .float64)
        for (name, loss) in Self.losses where name != "sparse" && name != "sigmoid" {
            try GradCheck.check(logits) { try loss($0, probs) }
            try GradCheck.checkSecondOrder(logits) { try loss($0, probs) }
        }
        let labels = try Tensor(nested: [[1.0, 0.0, 1.0], [0.0, 1.0, 1.0], [1.0, 1.0, 0.0]], dtype: .float64)
        try GradCheck.check(logits) { try Losses.sigmoidCrossEntropy(logits: $0, labels: labels) }
        try GradCheck.checkSecondOrder(logits) { try Losses.sigmoidCrossEntropy(logits: $0, labels: labels) }
        let classes = try Tensor(nested: [0, 1, 2], dtype: .int32)
        try GradCheck.check(logits) { try Losses.softmaxCrossEntropy(logits: $0, labels: classes) }
        try GradCheck.checkSecondOrder(logits) { try Losses.softmaxCrossEntropy(logits: $0, labels: classes) }
    }

    @Test func badLabelsAreErrors() throws {
        let logits = try Tensor(nested: [[1.0, 2.0], [3.0, 4.0]])
        #expect(throws: TensorError("softmaxCrossEntropy: label 2 is outside 0..<2")) {
            try Losses.softmaxCrossEntropy(logits: logits, labels: try Tensor(nested: [0, 2], dtype: .int32))
        }
        #expect(throws: TensorError("softmaxCrossEntropy: labels must be int32 class indices (or pass probabilities:), not float32")) {
            try Losses.softmaxCrossEntropy(logits: logits, labels: try Tensor(nested: [0.0, 1.0]))
        }
        #expect(throws: TensorError("sigmoidCrossEntropy: logits of shape [2, 2] do not fit labels of shape [2]")) {
            try Losses.sigmoidCrossEntropy(logits: logits, labels: try Tensor(nested: [0.0, 1.0]))
        }
    }
}

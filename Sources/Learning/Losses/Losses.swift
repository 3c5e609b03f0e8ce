import Autodiff

/// The losses of DSL.md §9. Each is the mean over all elements, as Keras's default
/// `sum_over_batch_size` reduction gives for per-example losses of equal size, and uses
/// TensorFlow's numerics, so large logits (±100) give finite values and gradients.
public enum Losses {
    /// `mean((predicted - expected)²)`.
    /// - Throws: `TensorError` for shapes that do not broadcast.
    public static func meanSquaredError(predicted: Tensor, expected: Tensor) throws -> Tensor {
        try reduceMean(try square(try predicted - expected))
    }

    /// `mean(|predicted - expected|)`.
    /// - Throws: `TensorError` for shapes that do not broadcast.
    public static func meanAbsoluteError(predicted: Tensor, expected: Tensor) throws -> Tensor {
        try reduceMean(try abs(try predicted - expected))
    }

    /// Binary cross-entropy of `labels` (0/1 floats) against `sigmoid(logits)`, as TensorFlow's
    /// `sigmoid_cross_entropy_with_logits`: `max(x, 0) - x·z + log(1 + e^-|x|)`.
    /// - Throws: `TensorError` for shapes that differ.
    public static func sigmoidCrossEntropy(logits: Tensor, labels: Tensor) throws -> Tensor {
        guard logits.shape == labels.shape else { throw shapes("sigmoidCrossEntropy", logits, labels) }
        let zeros = try Tensor.zeros(logits.shape, dtype: logits.dtype)
        let nonNegative = try compare(.greaterEqual, logits, zeros)
        // TensorFlow's selects, so the gradient at a logit of exactly 0 is sigmoid(0) - z.
        let reluLogits = try select(nonNegative, logits, zeros)
        let negativeAbs = try select(nonNegative, try negate(logits), logits)
        let perElement = try reluLogits - (try logits * labels) + (try log1p(try exp(negativeAbs)))
        return try reduceMean(perElement)
    }

    /// Softmax cross-entropy over the last axis with int32 class indices `labels` (shape of
    /// `logits` without its last axis), as TensorFlow's `sparse_softmax_cross_entropy_with_logits`.
    /// - Throws: `TensorError` for non-int32 labels, mismatched shapes or a class outside the last axis.
    public static func softmaxCrossEntropy(logits: Tensor, labels: Tensor) throws -> Tensor {
        guard labels.dtype == .int32 else {
            throw TensorError("softmaxCrossEntropy: labels must be int32 class indices (or pass probabilities:), not \(labels.dtype.rawValue)")
        }
        guard logits.rank >= 1, Array(logits.shape.dropLast()) == labels.shape else {
            throw shapes("softmaxCrossEntropy", logits, labels)
        }
        let classes = logits.shape[logits.rank - 1]
        if let bad = labels.int32s?.first(where: { $0 < 0 || Int($0) >= classes }) {
            throw TensorError("softmaxCrossEntropy: label \(bad) is outside 0..<\(classes)")
        }
        return try softmaxCrossEntropy(logits: logits, probabilities: try oneHot(labels, depth: classes, dtype: logits.dtype))
    }

    /// Softmax cross-entropy over the last axis with one-hot or soft `probabilities` of the same shape,
    /// as TensorFlow's `softmax_cross_entropy_with_logits` (which also differentiates the labels).
    /// - Throws: `TensorError` for shapes that differ.
    public static func softmaxCrossEntropy(logits: Tensor, probabilities: Tensor) throws -> Tensor {
        guard logits.shape == probabilities.shape, logits.rank >= 1 else {
            throw shapes("softmaxCrossEntropy", logits, probabilities)
        }
        let logProbabilities = try Activations.logSoftmax(logits)
        return try reduceMean(try negate(try reduceSum(try probabilities * logProbabilities, axis: -1)))
    }

    private static func shapes(_ name: String, _ a: Tensor, _ b: Tensor) -> TensorError {
        TensorError("\(name): logits of shape \(a.shape) do not fit labels of shape \(b.shape)")
    }
}

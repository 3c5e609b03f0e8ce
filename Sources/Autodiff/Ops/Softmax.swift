/// The softmax, composed from differentiable primitives.

/// `exp(x) / reduceSum(exp(x), axis)`, computed after subtracting the maximum for stability.
///
/// Built from differentiable primitives, so its gradient `(g - Σ g·y) · y` and higher
/// derivatives come from their rules.
/// - Throws: `TensorError` for a bad axis or a non-floating tensor.
public func softmax(_ x: Tensor, axis: Int = -1) throws(TensorError) -> Tensor {
    let x = try floating(x, "softmax")
    guard x.rank > 0 else { throw .softmaxOfScalar }
    let peak = try TapeContext.withoutRecording { () throws(TensorError) in
        try reduceMax(x, axis: axis, keepDims: true)
    }
    let e = try exp(try subtract(x, peak))
    return try divide(e, try reduceSum(e, axis: axis, keepDims: true))
}

extension TensorError {
    static let softmaxOfScalar = TensorError("softmax: needs a tensor of rank at least 1, got a scalar")
}

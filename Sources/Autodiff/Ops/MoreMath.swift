/// The element-wise functions of DSL.md §10 and value clipping; backward rules in differentiable operations.

/// Element-wise `log(1 + x)`, accurate for small `x`.
/// - Throws: `TensorError` for non-floating tensors.
public func log1p(_ x: Tensor) throws(TensorError) -> Tensor {
    let out = try Elementwise.unary(.log1p, try floating(x, "log1p"), op: "log1p")
    return Recorder.record(out, inputs: [x]) { (g, _) throws(TensorError) -> [Tensor?] in
        [try divide(g, try add(x, Tensor(1, dtype: x.dtype)))]
    }
}

/// Element-wise `e^x - 1`, accurate for small `x`.
/// - Throws: `TensorError` for non-floating tensors.
public func expm1(_ x: Tensor) throws(TensorError) -> Tensor {
    let out = try Elementwise.unary(.expm1, try floating(x, "expm1"), op: "expm1")
    return Recorder.record(out, inputs: [x]) { (g, _) throws(TensorError) -> [Tensor?] in [try multiply(g, try exp(x))] }
}

/// Element-wise `1 / sqrt(x)`.
/// - Throws: `TensorError` for non-floating tensors.
public func rsqrt(_ x: Tensor) throws(TensorError) -> Tensor {
    let out = try Elementwise.unary(.rsqrt, try floating(x, "rsqrt"), op: "rsqrt")
    return Recorder.record(out, inputs: [x]) { (g, _) throws(TensorError) -> [Tensor?] in
        // d/dx x^(-1/2) = -1/2 · x^(-3/2) = -1/2 · out³
        [try multiply(try multiply(g, Tensor(-0.5, dtype: x.dtype)), try multiply(out, try multiply(out, out)))]
    }
}

/// The Gauss error function, element-wise.
/// - Throws: `TensorError` for non-floating tensors.
public func erf(_ x: Tensor) throws(TensorError) -> Tensor {
    let out = try Elementwise.unary(.erf, try floating(x, "erf"), op: "erf")
    return Recorder.record(out, inputs: [x]) { (g, _) throws(TensorError) -> [Tensor?] in
        let twoOverRootPi = Tensor(2 / Double.pi.squareRoot(), dtype: x.dtype)
        return [try multiply(g, try multiply(twoOverRootPi, try exp(try negate(try square(x)))))]
    }
}

/// The largest whole number not above each element; TensorFlow defines no gradient (`nil`).
/// - Throws: `TensorError` for non-floating tensors.
public func floor(_ x: Tensor) throws(TensorError) -> Tensor {
    try Elementwise.unary(.floor, try floating(x, "floor"), op: "floor")
}

/// The smallest whole number not below each element; TensorFlow defines no gradient (`nil`).
/// - Throws: `TensorError` for non-floating tensors.
public func ceil(_ x: Tensor) throws(TensorError) -> Tensor {
    try Elementwise.unary(.ceil, try floating(x, "ceil"), op: "ceil")
}

/// Each element rounded to the nearest whole number, halves to even (TensorFlow's `round`); no gradient.
/// - Throws: `TensorError` for non-floating tensors.
public func round(_ x: Tensor) throws(TensorError) -> Tensor {
    try Elementwise.unary(.round, try floating(x, "round"), op: "round")
}

/// Each element limited to `[min, max]` (TensorFlow's `clip_by_value`); the gradient passes where
/// `min <= x <= max`, bounds included, as in TensorFlow.
/// - Throws: `TensorError` for shapes that do not broadcast or mismatched dtypes.
public func clip(_ x: Tensor, min low: Tensor, max high: Tensor) throws(TensorError) -> Tensor {
    // maximum/minimum send the gradient of a tie to their first operand, `x`.
    try minimum(try maximum(x, low), high)
}

/// `x` scaled down so its L2 norm is at most `clipNorm` (TensorFlow's `clip_by_norm` over all elements).
///
/// Written as TensorFlow writes it, so the gradient at a zero tensor is finite.
/// - Throws: `TensorError` for a non-floating tensor.
public func clipByNorm(_ x: Tensor, clipNorm: Double) throws(TensorError) -> Tensor {
    let x = try floating(x, "clipByNorm")
    let norm = Tensor(clipNorm, dtype: x.dtype)
    let l2sum = try reduceSum(try multiply(x, x), axes: Array(0..<x.rank), keepDims: true)
    let positive = try greater(l2sum, Tensor(0, dtype: x.dtype))
    let safeSum = try select(positive, l2sum, try Tensor.ones(l2sum.shape, dtype: x.dtype))
    let l2norm = try select(positive, try sqrt(safeSum), l2sum)
    return try divide(try multiply(x, norm), try maximum(l2norm, norm))
}

/// `x` where positive, `alpha · x` elsewhere (TensorFlow's `leaky_relu`): the gradient is 1 or
/// `alpha` (`alpha` at 0), and the second derivative is 0, not `nil`, as TensorFlow's.
/// - Throws: `TensorError` for non-floating tensors.
public func leakyRelu(_ x: Tensor, alpha: Double = 0.2) throws(TensorError) -> Tensor {
    let x = try floating(x, "leakyRelu")
    // The step is recorded with a zero gradient (as relu's), so the factor stays connected to x.
    let step = try positiveStep(x)
    let one = Tensor(1, dtype: x.dtype)
    let factor = try add(step, try multiply(Tensor(alpha, dtype: x.dtype), try subtract(one, step)))
    return try multiply(x, factor)
}

/// `reduceMin`, `reduceProd`, `reduceVariance`, `reduceStd` and `reduceLogSumExp`, composed from
/// differentiable primitives as TensorFlow composes them.

/// The minimum over `axes` (all when `nil`); tied minima share the gradient equally.
/// - Throws: `TensorError` for a bad axis or a bool tensor.
public func reduceMin(_ x: Tensor, axes: [Int]? = nil, keepDims: Bool = false) throws(TensorError) -> Tensor {
    try negate(try reduceMax(try negate(x), axes: axes ?? Array(0..<x.rank), keepDims: keepDims))
}

/// The variance over `axes` (all when `nil`): the mean squared deviation from the mean.
/// - Throws: `TensorError` for a bad axis or a non-floating tensor.
public func reduceVariance(_ x: Tensor, axes: [Int]? = nil, keepDims: Bool = false) throws(TensorError) -> Tensor {
    let x = try floating(x, "reduceVariance")
    let all = axes ?? Array(0..<x.rank)
    let deviation = try subtract(x, try reduceMean(x, axes: all, keepDims: true))
    return try reduceMean(try square(deviation), axes: all, keepDims: keepDims)
}

/// The standard deviation over `axes` (all when `nil`): the square root of `reduceVariance`.
/// - Throws: `TensorError` for a bad axis or a non-floating tensor.
public func reduceStd(_ x: Tensor, axes: [Int]? = nil, keepDims: Bool = false) throws(TensorError) -> Tensor {
    try sqrt(try reduceVariance(x, axes: axes, keepDims: keepDims))
}

/// `log(Σ exp(x))` over `axes` (all when `nil`), with the maximum taken out first so large
/// values do not overflow (TensorFlow's `reduce_logsumexp`).
/// - Throws: `TensorError` for a bad axis or a non-floating tensor.
public func reduceLogSumExp(_ x: Tensor, axes: [Int]? = nil, keepDims: Bool = false) throws(TensorError) -> Tensor {
    let x = try floating(x, "reduceLogSumExp")
    let all = axes ?? Array(0..<x.rank)
    let rawMax = stopGradient(try reduceMax(x, axes: all, keepDims: true))
    // An infinite maximum would give inf - inf; TensorFlow shifts by 0 then.
    let finite = try compare(.less, try abs(rawMax), Tensor(Double.infinity, dtype: x.dtype))
    let shift = try select(finite, rawMax, try Tensor.zeros(rawMax.shape, dtype: x.dtype))
    let sum = try reduceSum(try exp(try subtract(x, shift)), axes: all, keepDims: keepDims)
    let kept = keepDims ? shift : try reshape(shift, sum.shape)
    return try add(try log(sum), kept)
}

/// The product over `axes` (all when `nil`).
///
/// The gradient of each element is the product of the others, computed without dividing, so
/// zeros give the right answer (as TensorFlow's cumulative-product rule does).
/// - Throws: `TensorError` for a bad axis or a bool tensor.
public func reduceProd(_ x: Tensor, axes: [Int]? = nil, keepDims: Bool = false) throws(TensorError) -> Tensor {
    guard x.dtype != .bool else { throw .unsupportedDType("reduceProd", .bool) }
    let all = try normalizedAxes(axes ?? Array(0..<x.rank), rank: x.rank, op: "reduceProd")
    let kept = all.map { x.shape[$0] }
    let rest = x.shape.indices.filter { !all.contains($0) }
    // Reduced axes last, flattened: [outer, n].
    let n = kept.reduce(1, *)
    let outer = rest.reduce(1) { $0 * x.shape[$1] }
    let flat = try reshape(try transpose(x, perm: rest + all), [outer, n])
    let values = flat.doubles
    let products = (0..<outer).map { o in values[(o * n)..<((o + 1) * n)].reduce(1, *) }
    var keptShape = x.shape
    for axis in all { keptShape[axis] = 1 }
    let outShape = keepDims ? keptShape : rest.map { x.shape[$0] }
    let out = Tensor(storage: .from(products, dtype: x.dtype), shape: outShape)
    return Recorder.record(out, inputs: [x]) { (g, _) throws(TensorError) -> [Tensor?] in
        let others = try productsOfOthers(flat, n: n)
        var inverse = [Int](repeating: 0, count: x.rank)
        for (i, axis) in (rest + all).enumerated() { inverse[axis] = i }
        let spread = try broadcastTo(try reshape(g, [outer, 1]), [outer, n])
        let permutedShape = (rest + all).map { x.shape[$0] }
        return [try transpose(try reshape(try multiply(spread, others), permutedShape), perm: inverse)]
    }
}

/// For `flat` of shape `[outer, n]`, element `[o, i]` is the product of row `o` without element `i`:
/// `reduceProd(row · (1 - I) + I)`, differentiable like every other operation.
private func productsOfOthers(_ flat: Tensor, n: Int) throws(TensorError) -> Tensor {
    let eye = try Tensor.eye(n, dtype: flat.dtype)
    let rows = try reshape(flat, [flat.shape[0], 1, n])
    let masked = try add(try multiply(rows, try subtract(Tensor(1, dtype: flat.dtype), eye)), eye)
    return try reduceProd(masked, axes: [2])
}

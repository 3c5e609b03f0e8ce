/// `reduceSum`, `reduceMean` and `reduceMax` over any set of axes, with `keepDims`.

/// The sum over `axis` (all axes when `nil`; negative axes count from the end).
/// - Throws: `TensorError` for a bad axis or a bool tensor.
public func reduceSum(_ x: Tensor, axis: Int? = nil, keepDims: Bool = false) throws(TensorError) -> Tensor {
    try reduceSum(x, axes: axis.map { [$0] } ?? Array(0..<x.rank), keepDims: keepDims)
}

/// The sum over several axes.
/// - Throws: `TensorError` for a bad or repeated axis, or a bool tensor.
public func reduceSum(_ x: Tensor, axes: [Int], keepDims: Bool = false) throws(TensorError) -> Tensor {
    let axes = try normalizedAxes(axes, rank: x.rank, op: "reduceSum")
    let (out, keptShape) = try Reduction.apply(.sum, x, axes: axes, keepDims: keepDims, op: "reduceSum")
    return Recorder.record(out, inputs: [x]) { (g, _) throws(TensorError) -> [Tensor?] in
        [try broadcastTo(try reshape(g, keptShape), x.shape)]
    }
}

/// The mean over `axis` (all axes when `nil`); integer tensors use integer division, as in TensorFlow.
/// - Throws: `TensorError` for a bad axis or a bool tensor.
public func reduceMean(_ x: Tensor, axis: Int? = nil, keepDims: Bool = false) throws(TensorError) -> Tensor {
    try reduceMean(x, axes: axis.map { [$0] } ?? Array(0..<x.rank), keepDims: keepDims)
}

/// The mean over several axes; differentiable as a sum divided by the count.
/// - Throws: `TensorError` for a bad or repeated axis, a bool tensor, or an empty integer reduction.
public func reduceMean(_ x: Tensor, axes: [Int], keepDims: Bool = false) throws(TensorError) -> Tensor {
    let normalized = try normalizedAxes(axes, rank: x.rank, op: "reduceMean")
    let count = normalized.reduce(1) { $0 * x.shape[$1] }
    let sum = try reduceSum(x, axes: normalized, keepDims: keepDims)
    return try divide(sum, Tensor(Double(count), dtype: x.dtype))
}

/// The maximum over `axis` (all axes when `nil`); tied maxima share the gradient equally (TensorFlow's rule).
/// - Throws: `TensorError` for a bad axis or a bool tensor.
public func reduceMax(_ x: Tensor, axis: Int? = nil, keepDims: Bool = false) throws(TensorError) -> Tensor {
    try reduceMax(x, axes: axis.map { [$0] } ?? Array(0..<x.rank), keepDims: keepDims)
}

/// The maximum over several axes.
/// - Throws: `TensorError` for a bad or repeated axis, or a bool tensor.
public func reduceMax(_ x: Tensor, axes: [Int], keepDims: Bool = false) throws(TensorError) -> Tensor {
    let axes = try normalizedAxes(axes, rank: x.rank, op: "reduceMax")
    let (out, keptShape) = try Reduction.apply(.max, x, axes: axes, keepDims: keepDims, op: "reduceMax")
    return Recorder.record(out, inputs: [x]) { (g, _) throws(TensorError) -> [Tensor?] in
        // The indicator of the maxima is a constant: ties split the gradient by their count.
        let indicators = try Elementwise.mask(.equal, x, try reshape(out, keptShape).withFreshIdentity(), op: "reduceMax")
        let counts = try TapeContext.withoutRecording { () throws(TensorError) in
            try reduceSum(indicators, axes: axes, keepDims: true)
        }
        let spread = try broadcastTo(try reshape(g, keptShape), x.shape)
        return [try multiply(spread, try divide(indicators, counts))]
    }
}

/// Axes mapped into `0..<rank`, checked for range and repeats, sorted.
func normalizedAxes(_ axes: [Int], rank: Int, op: String) throws(TensorError) -> [Int] {
    // Already normalized (all axes, one axis, or reduceMean's list handed to reduceSum): no copy.
    var inOrder = true
    for (i, axis) in axes.enumerated() where axis < 0 || axis >= rank || (i > 0 && axes[i - 1] >= axis) {
        inOrder = false
        break
    }
    if inOrder { return axes }
    var result: [Int] = []
    for axis in axes {
        let n = try ShapeMath.normalizeAxis(axis, rank: rank, op: op)
        guard !result.contains(n) else { throw .repeatedAxis(op, axis) }
        result.append(n)
    }
    // Usually given in order (all axes, or one); sorting would copy.
    for i in result.indices.dropFirst() where result[i - 1] > result[i] { return result.sorted() }
    return result
}

/// The forward kernels of the reductions, one axis at a time.
enum Reduction {
    enum Kind { case sum, max }

    /// The reduced tensor and its shape with reduced axes kept as 1 (for backward rules).
    static func apply(_ kind: Kind, _ x: Tensor, axes: [Int], keepDims: Bool, op: String) throws(TensorError)
        -> (Tensor, [Int])
    {
        guard x.dtype != .bool else { throw .unsupportedDType(op, .bool) }
        var storage = x.storage
        var shape = x.shape
        // From the last axis backwards, so earlier axis numbers stay valid. Reducing an axis of
        // length 1 only turns -0 into +0 (a sum from +0) and changes nothing once a longer axis
        // is reduced too, so such passes are skipped unless every reduced axis has length 1.
        let longAxes = axes.filter { x.shape[$0] != 1 }
        for axis in (longAxes.isEmpty ? Array(axes.suffix(1)) : longAxes).reversed() {
            let (outer, count, inner) = ShapeMath.split(shape, at: axis)
            storage = try reduce(kind, storage, outer: outer, count: count, inner: inner, op: op)
            shape[axis] = 1
        }
        var finalShape = shape
        if !keepDims {
            finalShape = []
            finalShape.reserveCapacity(x.rank - axes.count)
            for axis in x.shape.indices where !axes.contains(axis) { finalShape.append(x.shape[axis]) }
        }
        return (Tensor(storage: storage, shape: finalShape), shape)
    }

    private static func reduce(
        _ kind: Kind, _ storage: TensorStorage, outer: Int, count: Int, inner: Int, op: String
    ) throws(TensorError) -> TensorStorage {
        switch storage {
        case .float32(let v): .float32(typed(kind, v, outer: outer, count: count, inner: inner))
        case .float64(let v): .float64(typed(kind, v, outer: outer, count: count, inner: inner))
        case .int32(let v): .int32(typed(kind, v, outer: outer, count: count, inner: inner))
        case .bool: throw .unsupportedDType(op, .bool)
        }
    }

    private static func typed<T: NumericElement>(_ kind: Kind, _ v: [T], outer: Int, count: Int, inner: Int) -> [T] {
        switch kind {
        case .sum: ReductionKernel.reduce(v, outer: outer, count: count, inner: inner, initial: .zeroValue, T.add)
        case .max:
            ReductionKernel.reduce(v, outer: outer, count: count, inner: inner, initial: .lowestValue) {
                // NaN propagates, as in TensorFlow.
                $1 > $0 || $1 != $1 ? $1 : $0
            }
        }
    }
}

extension TensorError {
    static func repeatedAxis(_ op: String, _ axis: Int) -> TensorError {
        TensorError("\(op): axis \(axis) is repeated")
    }
}

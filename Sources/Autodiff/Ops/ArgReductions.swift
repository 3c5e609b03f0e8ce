/// `argmax`, `argmin` and `oneHot`: integer-valued operations, never differentiated.

/// The index of the largest element along `axis`, as int32 (the first one on ties, as TensorFlow).
/// - Throws: `TensorError` for a bad axis, an empty axis or a bool tensor.
public func argmax(_ x: Tensor, axis: Int = 0) throws(TensorError) -> Tensor {
    try argExtreme(x, axis: axis, op: "argmax") { $0 > $1 }
}

/// The index of the smallest element along `axis`, as int32 (the first one on ties, as TensorFlow).
/// - Throws: `TensorError` for a bad axis, an empty axis or a bool tensor.
public func argmin(_ x: Tensor, axis: Int = 0) throws(TensorError) -> Tensor {
    try argExtreme(x, axis: axis, op: "argmin") { $0 < $1 }
}

private func argExtreme(_ x: Tensor, axis: Int, op: String, _ better: (Double, Double) -> Bool) throws(TensorError) -> Tensor {
    guard x.dtype != .bool else { throw .unsupportedDType(op, .bool) }
    let axis = try ShapeMath.normalizeAxis(axis, rank: x.rank, op: op)
    let (outer, count, inner) = ShapeMath.split(x.shape, at: axis)
    guard count > 0 else { throw .emptyAxis(op, x.shape) }
    let values = x.doubles
    var result: [Int32] = []
    result.reserveCapacity(outer * inner)
    for o in 0..<outer {
        for i in 0..<inner {
            var best = 0
            var bestValue = values[o * count * inner + i]
            for k in 1..<count {
                let v = values[(o * count + k) * inner + i]
                // NaN wins and stays, as in TensorFlow's kernels.
                if !bestValue.isNaN && (v.isNaN || better(v, bestValue)) {
                    best = k
                    bestValue = v
                }
            }
            result.append(Int32(best))
        }
    }
    var shape = x.shape
    shape.remove(at: axis)
    return Tensor(storage: .int32(result), shape: shape)
}

/// A float32 tensor with one more (last) axis of length `depth`: 1 at each index, 0 elsewhere;
/// an index outside `0..<depth` gives a row of zeros, as in TensorFlow.
/// - Throws: `TensorError` unless `indices` is int32, or for a negative depth.
public func oneHot(_ indices: Tensor, depth: Int, dtype: DType = .float32) throws(TensorError) -> Tensor {
    guard let values = indices.int32s else { throw .unsupportedDType("oneHot", indices.dtype) }
    guard depth >= 0 else { throw .negativeDepth(depth) }
    let shape = indices.shape + [depth]
    var scalars = [Double](repeating: 0, count: try ShapeMath.elementCount(shape, op: "oneHot"))
    for (row, index) in values.enumerated() where index >= 0 && Int(index) < depth {
        scalars[row * depth + Int(index)] = 1
    }
    return Tensor(storage: .from(scalars, dtype: dtype), shape: shape)
}

extension Tensor {
    /// `argmax(self, axis:)`.
    public func argmax(axis: Int = 0) throws(TensorError) -> Tensor { try Autodiff.argmax(self, axis: axis) }

    /// `argmin(self, axis:)`.
    public func argmin(axis: Int = 0) throws(TensorError) -> Tensor { try Autodiff.argmin(self, axis: axis) }
}

extension TensorError {
    static func emptyAxis(_ op: String, _ shape: [Int]) -> TensorError {
        TensorError("\(op): the reduced axis of shape \(shape) is empty")
    }

    static func negativeDepth(_ depth: Int) -> TensorError {
        TensorError("oneHot: depth must not be negative, got \(depth)")
    }
}

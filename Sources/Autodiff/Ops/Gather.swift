/// `gather` and its adjoint `scatterAdd`, each the other's backward rule (so any order of derivative works).

/// The slices of `x` along `axis` at `indices` (int32): the result's shape is
/// `x.shape[..<axis] + indices.shape + x.shape[(axis+1)...]` (TensorFlow's `gather`).
/// - Throws: `TensorError` for non-int32 indices, an index out of range or a bad axis.
public func gather(_ x: Tensor, indices: Tensor, axis: Int = 0) throws(TensorError) -> Tensor {
    guard let picks = indices.int32s else { throw .unsupportedDType("gather indices", indices.dtype) }
    let axis = try ShapeMath.normalizeAxis(axis, rank: x.rank, op: "gather")
    let (outer, count, inner) = ShapeMath.split(x.shape, at: axis)
    for i in picks where i < 0 || Int(i) >= count { throw .gatherIndex(Int(i), count) }
    var positions: [Int] = []
    positions.reserveCapacity(outer * picks.count * inner)
    for o in 0..<outer {
        for p in picks {
            let base = (o * count + Int(p)) * inner
            for i in 0..<inner { positions.append(base + i) }
        }
    }
    let shape = Array(x.shape[..<axis]) + indices.shape + Array(x.shape[(axis + 1)...])
    let out = Tensor(storage: x.storage.picked(positions), shape: shape)
    return Recorder.record(out, inputs: [x]) { (g, _) throws(TensorError) -> [Tensor?] in
        [try scatterAdd(g, indices: indices, axis: axis, size: count)]
    }
}

/// The adjoint of `gather`: a tensor with `size` slices along `axis`, each the sum of the slices
/// of `updates` whose index names it (TensorFlow's `unsorted_segment_sum`, as its gather gradient).
/// - Throws: `TensorError` for non-int32 indices, mismatched shapes or an index out of range.
public func scatterAdd(_ updates: Tensor, indices: Tensor, axis: Int, size: Int) throws(TensorError) -> Tensor {
    guard let picks = indices.int32s else { throw .unsupportedDType("scatterAdd indices", indices.dtype) }
    let before = Array(updates.shape[..<axis])
    let after = Array(updates.shape[(axis + indices.rank)...])
    let outer = before.reduce(1, *)
    let inner = after.reduce(1, *)
    let source = updates.doubles
    var result = [Double](repeating: 0, count: outer * size * inner)
    var k = 0
    for o in 0..<outer {
        for p in picks {
            guard p >= 0, Int(p) < size else { throw .gatherIndex(Int(p), size) }
            let base = (o * size + Int(p)) * inner
            for i in 0..<inner {
                result[base + i] += source[k]
                k += 1
            }
        }
    }
    let out = Tensor(storage: .from(result, dtype: updates.dtype), shape: before + [size] + after)
    return Recorder.record(out, inputs: [updates]) { (g, _) throws(TensorError) -> [Tensor?] in
        [try gather(g, indices: indices, axis: axis)]
    }
}

extension TensorStorage {
    /// The elements at `positions`, in that order.
    func picked(_ positions: [Int]) -> TensorStorage {
        switch self {
        case .float32(let v): .float32(positions.map { v[$0] })
        case .float64(let v): .float64(positions.map { v[$0] })
        case .int32(let v): .int32(positions.map { v[$0] })
        case .bool(let v): .bool(positions.map { v[$0] })
        }
    }
}

extension TensorError {
    static func gatherIndex(_ index: Int, _ count: Int) -> TensorError {
        TensorError("gather: index \(index) is out of range 0..<\(count)")
    }
}

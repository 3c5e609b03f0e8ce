/// Concatenation and integer indexing, built on `slice`/`pad` so gradients flow through them.

/// Joins tensors of equal shape except along `axis` (negative axes count from the end).
/// - Throws: `TensorError` for an empty list, mismatched shapes or dtypes, or a bad axis.
public func concat(_ tensors: [Tensor], axis: Int) throws(TensorError) -> Tensor {
    guard let first = tensors.first else { throw .emptyList("concat") }
    guard first.rank > 0 else { throw .concatOfScalars }
    let axis = try ShapeMath.normalizeAxis(axis, rank: first.rank, op: "concat")
    var shape = first.shape
    shape[axis] = 0
    for t in tensors {
        guard t.dtype == first.dtype else { throw .dtypeMismatch("concat", first.dtype, t.dtype) }
        var other = t.shape
        if t.rank == first.rank { other[axis] = 0 }
        guard other == shape else {
            throw .concatShapes(first.shape, t.shape, axis: axis)
        }
    }
    shape[axis] = tensors.reduce(0) { $0 + $1.shape[axis] }
    _ = try ShapeMath.elementCount(shape, op: "concat")
    let (outer, _, inner) = ShapeMath.split(shape, at: axis)
    let chunks = tensors.map { $0.shape[axis] * inner }
    let storage: TensorStorage
    switch first.storage {
    case .float32: storage = .float32(joinChunks(tensors.map { $0.floats ?? [] }, outer: outer, chunks: chunks))
    case .float64: storage = .float64(joinChunks(tensors.map { $0.float64Values ?? [] }, outer: outer, chunks: chunks))
    case .int32: storage = .int32(joinChunks(tensors.map { $0.int32s ?? [] }, outer: outer, chunks: chunks))
    case .bool: storage = .bool(joinChunks(tensors.map { $0.bools ?? [] }, outer: outer, chunks: chunks))
    }
    let result = Tensor(storage: storage, shape: shape)
    let pieces = tensors.map(\.shape)
    return Recorder.record(result, inputs: tensors) { (g, needed) throws(TensorError) -> [Tensor?] in
        var begin = [Int](repeating: 0, count: shape.count)
        var grads: [Tensor?] = []
        for (i, pieceShape) in pieces.enumerated() {
            grads.append(needed[i] ? try slice(g, begin: begin, size: pieceShape) : nil)
            begin[axis] += pieceShape[axis]
        }
        return grads
    }
}

/// For each of the `outer` blocks, the next chunk of every input in turn.
private func joinChunks<T>(_ arrays: [[T]], outer: Int, chunks: [Int]) -> [T] {
    var out: [T] = []
    out.reserveCapacity(outer * chunks.reduce(0, +))
    for o in 0..<outer {
        for (values, chunk) in zip(arrays, chunks) {
            out.append(contentsOf: values[(o * chunk)..<((o + 1) * chunk)])
        }
    }
    return out
}

/// The sub-tensor at `indices` along the leading axes (`t[i]`, `t[i, j]`); negative indices count from the end.
/// - Throws: `TensorError` for too many indices or an index out of range.
public func index(_ x: Tensor, _ indices: [Int]) throws(TensorError) -> Tensor {
    guard indices.count <= x.rank else {
        throw .tooManyIndices(indices.count, x.shape)
    }
    var begin = [Int](repeating: 0, count: x.rank)
    var size = x.shape
    for (axis, i) in indices.enumerated() {
        let resolved = i < 0 ? i + x.shape[axis] : i
        guard resolved >= 0, resolved < x.shape[axis] else {
            throw .indexOutOfRange(i, axis: axis, x.shape)
        }
        begin[axis] = resolved
        size[axis] = 1
    }
    return try reshape(try slice(x, begin: begin, size: size), Array(x.shape.dropFirst(indices.count)))
}

extension Tensor {
    /// `index(self, [i])`: the sub-tensor at `i` along the first axis.
    public subscript(_ i: Int) -> Tensor {
        get throws(TensorError) { try index(self, [i]) }
    }

    /// `index(self, [i, j])`: the sub-tensor at `i, j` along the first two axes.
    public subscript(_ i: Int, _ j: Int) -> Tensor {
        get throws(TensorError) { try index(self, [i, j]) }
    }
}

extension TensorError {
    static func emptyList(_ op: String) -> TensorError {
        TensorError("\(op): needs at least one tensor")
    }

    static let concatOfScalars = TensorError("concat: cannot concatenate scalars (rank 0)")

    static func concatShapes(_ a: [Int], _ b: [Int], axis: Int) -> TensorError {
        TensorError("concat: shapes \(a) and \(b) differ outside axis \(axis)")
    }

    static func tooManyIndices(_ count: Int, _ shape: [Int]) -> TensorError {
        TensorError("index: \(count) indices for a tensor of rank \(shape.count) (shape \(shape))")
    }

    static func indexOutOfRange(_ i: Int, axis: Int, _ shape: [Int]) -> TensorError {
        TensorError("index: index \(i) is out of range for axis \(axis) of size \(shape[axis]) (shape \(shape))")
    }
}

/// Element-wise comparisons giving bool tensors, and `select` (TensorFlow's `where`).

/// The comparisons of DSL.md §10 (`.== .!= .< .<= .> .>=`).
public enum ElementComparison: String, Sendable, CaseIterable {
    case equal = ".==", notEqual = ".!=", less = ".<", lessEqual = ".<=", greater = ".>", greaterEqual = ".>="

    func holds<T: Comparable>(_ a: T, _ b: T) -> Bool {
        switch self {
        case .equal: a == b
        case .notEqual: a != b
        case .less: a < b
        case .lessEqual: a <= b
        case .greater: a > b
        case .greaterEqual: a >= b
        }
    }
}

/// `comparison(a, b)` element by element with broadcasting; a bool tensor, never differentiated.
/// - Throws: `TensorError` for shapes that do not broadcast or mismatched dtypes.
public func compare(_ comparison: ElementComparison, _ a: Tensor, _ b: Tensor) throws(TensorError) -> Tensor {
    let op = comparison.rawValue
    guard a.dtype == b.dtype else { throw .dtypeMismatch(op, a.dtype, b.dtype) }
    let shape = try ShapeMath.broadcast(a.shape, b.shape, op: op)
    let values: [Bool]
    switch (a.storage, b.storage) {
    case (.float32(let x), .float32(let y)):
        values = BroadcastKernel.apply(x, a.shape, y, b.shape, outShape: shape) { comparison.holds($0, $1) }
    case (.float64(let x), .float64(let y)):
        values = BroadcastKernel.apply(x, a.shape, y, b.shape, outShape: shape) { comparison.holds($0, $1) }
    case (.int32(let x), .int32(let y)):
        values = BroadcastKernel.apply(x, a.shape, y, b.shape, outShape: shape) { comparison.holds($0, $1) }
    case (.bool(let x), .bool(let y)):
        guard comparison == .equal || comparison == .notEqual else { throw .unsupportedDType(op, .bool) }
        values = BroadcastKernel.apply(x, a.shape, y, b.shape, outShape: shape) { ($0 == $1) == (comparison == .equal) }
    default:
        throw .unsupportedDType(op, a.dtype)
    }
    return Tensor(storage: .bool(values), shape: shape)
}

/// `a > b` element-wise, as a bool tensor.
/// - Throws: `TensorError` as `compare`.
public func greater(_ a: Tensor, _ b: Tensor) throws(TensorError) -> Tensor { try compare(.greater, a, b) }

/// Elements of `a` where `condition` is true and of `b` elsewhere, all three broadcast together
/// (TensorFlow 2's `where`); the gradient goes to the branch that was taken.
/// - Throws: `TensorError` for a non-bool condition, shapes that do not broadcast or mismatched dtypes.
public func select(_ condition: Tensor, _ a: Tensor, _ b: Tensor) throws(TensorError) -> Tensor {
    guard let flags = condition.bools else { throw .conditionNotBool(condition.dtype) }
    guard a.dtype == b.dtype else { throw .dtypeMismatch("where", a.dtype, b.dtype) }
    let shape = try ShapeMath.broadcast(try ShapeMath.broadcast(condition.shape, a.shape, op: "where"), b.shape, op: "where")
    let count = try ShapeMath.elementCount(shape, op: "where")
    let mask = try broadcastIndices(condition.shape, to: shape).map { flags[$0] }
    let aIndex = try broadcastIndices(a.shape, to: shape)
    let bIndex = try broadcastIndices(b.shape, to: shape)
    let pick = (0..<count).map { mask[$0] ? (true, aIndex[$0]) : (false, bIndex[$0]) }
    let storage: TensorStorage
    switch (a.storage, b.storage) {
    case (.float32(let x), .float32(let y)): storage = .float32(pick.map { $0.0 ? x[$0.1] : y[$0.1] })
    case (.float64(let x), .float64(let y)): storage = .float64(pick.map { $0.0 ? x[$0.1] : y[$0.1] })
    case (.int32(let x), .int32(let y)): storage = .int32(pick.map { $0.0 ? x[$0.1] : y[$0.1] })
    case (.bool(let x), .bool(let y)): storage = .bool(pick.map { $0.0 ? x[$0.1] : y[$0.1] })
    default: throw .unsupportedDType("where", a.dtype)
    }
    let out = Tensor(storage: storage, shape: shape)
    return Recorder.record(out, inputs: [a, b]) { (g, needed) throws(TensorError) -> [Tensor?] in
        let zeros = try Tensor.zeros(g.shape, dtype: g.dtype)
        return [
            needed[0] ? try unbroadcast(try select(condition, g, zeros), to: a.shape) : nil,
            needed[1] ? try unbroadcast(try select(condition, zeros, g), to: b.shape) : nil,
        ]
    }
}

/// For each element of a tensor of `shape`, the index of the element of a tensor of `source` broadcast to it.
func broadcastIndices(_ source: [Int], to shape: [Int]) throws(TensorError) -> [Int] {
    let count = try ShapeMath.elementCount(shape, op: "broadcast")
    let strides = ShapeMath.broadcastStrides(source, to: shape)
    var result = [Int](repeating: 0, count: count)
    var position = [Int](repeating: 0, count: shape.count)
    for i in 0..<count {
        var index = 0
        for axis in shape.indices { index += position[axis] * strides[axis] }
        result[i] = index
        var axis = shape.count - 1
        while axis >= 0 {
            position[axis] += 1
            if position[axis] < shape[axis] { break }
            position[axis] = 0
            axis -= 1
        }
    }
    return result
}

extension TensorError {
    static func conditionNotBool(_ dtype: DType) -> TensorError {
        TensorError("where: the condition must be a bool tensor, not \(dtype.rawValue)")
    }
}

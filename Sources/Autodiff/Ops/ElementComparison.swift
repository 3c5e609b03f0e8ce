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
    let picker = try SelectionPicker(flags, condition.shape, a.shape, b.shape, shape, count: count)
    let storage: TensorStorage
    switch (a.storage, b.storage) {
    case (.float32(let x), .float32(let y)): storage = .float32(picker.pick(x, y))
    case (.float64(let x), .float64(let y)): storage = .float64(picker.pick(x, y))
    case (.int32(let x), .int32(let y)): storage = .int32(picker.pick(x, y))
    case (.bool(let x), .bool(let y)): storage = .bool(picker.pick(x, y))
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

/// The element loop of `select` (TensorFlow's `where`): for each output element, the element of `a`
/// where the condition holds and of `b` elsewhere, all three broadcast to the output's shape.
///
/// Operands that already have the output's shape (the usual case: a mask computed from the same
/// tensor) are read in place; only broadcast operands pay for an index table.
struct SelectionPicker {
    private let flags: [Bool]
    /// For each broadcast operand, the index of its element behind every output element; nil when the
    /// operand has the output's shape.
    private let flagIndex: [Int]?
    private let aIndex: [Int]?
    private let bIndex: [Int]?
    private let count: Int

    /// Prepares the loop for a condition, `a` and `b` of the given shapes broadcast to `shape`.
    /// - Throws: `TensorError` when an index table would be too large.
    init(_ flags: [Bool], _ flagShape: [Int], _ aShape: [Int], _ bShape: [Int], _ shape: [Int], count: Int) throws(TensorError) {
        self.flags = flags
        self.count = count
        flagIndex = flagShape == shape ? nil : try broadcastIndices(flagShape, to: shape)
        aIndex = aShape == shape ? nil : try broadcastIndices(aShape, to: shape)
        bIndex = bShape == shape ? nil : try broadcastIndices(bShape, to: shape)
    }

    /// The selected elements of `a` and `b`, in row-major order of the output.
    func pick<T>(_ a: [T], _ b: [T]) -> [T] {
        if flagIndex == nil, aIndex == nil, bIndex == nil {
            return [T](unsafeUninitializedCapacity: count) { out, initialized in
                a.withUnsafeBufferPointer { pa in
                    b.withUnsafeBufferPointer { pb in
                        flags.withUnsafeBufferPointer { pf in
                            for i in 0..<count { out.initializeElement(at: i, to: pf[i] ? pa[i] : pb[i]) }
                        }
                    }
                }
                initialized = count
            }
        }
        return (0..<count).map { i in
            flags[flagIndex?[i] ?? i] ? a[aIndex?[i] ?? i] : b[bIndex?[i] ?? i]
        }
    }
}

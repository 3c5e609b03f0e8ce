/// Matrix product of rank-2 tensors.

/// `a [m, k]` times `b [k, n]`.
/// - Throws: `TensorError` unless both are rank-2 float tensors of the same dtype with matching inner dimensions.
public func matmul(_ a: Tensor, _ b: Tensor) throws(TensorError) -> Tensor {
    guard a.rank == 2, b.rank == 2 else {
        throw .matmulNeedsMatrices(a.shape, b.shape)
    }
    guard a.shape[1] == b.shape[0] else { throw .cannotMultiply(a.shape, b.shape) }
    guard a.dtype == b.dtype else { throw .dtypeMismatch("matmul", a.dtype, b.dtype) }
    let (m, k, n) = (a.shape[0], a.shape[1], b.shape[1])
    let shape = [m, n]
    _ = try ShapeMath.elementCount(shape, op: "matmul")
    let storage: TensorStorage
    switch (a.storage, b.storage) {
    case (.float32(let x), .float32(let y)): storage = .float32(MatmulKernel.product(x, y, m: m, k: k, n: n))
    case (.float64(let x), .float64(let y)): storage = .float64(MatmulKernel.product(x, y, m: m, k: k, n: n))
    default: throw .unsupportedDType("matmul", a.dtype)
    }
    let out = Tensor(storage: storage, shape: shape)
    return Recorder.record(out, inputs: [a, b]) { (g, needed) throws(TensorError) -> [Tensor?] in
        [
            needed[0] ? try matmul(g, try transpose(b)) : nil,
            needed[1] ? try matmul(try transpose(a), g) : nil,
        ]
    }
}

extension TensorError {
    static func matmulNeedsMatrices(_ a: [Int], _ b: [Int]) -> TensorError {
        TensorError("matmul: both operands must have rank 2, got shapes \(a) and \(b)")
    }

    static func cannotMultiply(_ a: [Int], _ b: [Int]) -> TensorError {
        TensorError("matmul: cannot multiply \(a) by \(b)")
    }
}

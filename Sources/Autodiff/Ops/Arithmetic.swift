/// `+ - * /` and `pow` with NumPy broadcasting; each primitive with its backward rule.

/// Element-wise `a + b`.
/// - Throws: `TensorError` for incompatible shapes or mismatched dtypes.
public func add(_ a: Tensor, _ b: Tensor) throws(TensorError) -> Tensor {
    let out = try Elementwise.binary(.add, a, b, op: "add")
    return Recorder.record(out, inputs: [a, b]) { (g, needed) throws(TensorError) -> [Tensor?] in
        [needed[0] ? try unbroadcast(g, to: a.shape) : nil, needed[1] ? try unbroadcast(g, to: b.shape) : nil]
    }
}

/// Element-wise `a - b`.
/// - Throws: `TensorError` for incompatible shapes or mismatched dtypes.
public func subtract(_ a: Tensor, _ b: Tensor) throws(TensorError) -> Tensor {
    let out = try Elementwise.binary(.subtract, a, b, op: "subtract")
    return Recorder.record(out, inputs: [a, b]) { (g, needed) throws(TensorError) -> [Tensor?] in
        [
            needed[0] ? try unbroadcast(g, to: a.shape) : nil,
            needed[1] ? try unbroadcast(try negate(g), to: b.shape) : nil,
        ]
    }
}

/// Element-wise `a * b`.
/// - Throws: `TensorError` for incompatible shapes or mismatched dtypes.
public func multiply(_ a: Tensor, _ b: Tensor) throws(TensorError) -> Tensor {
    let out = try Elementwise.binary(.multiply, a, b, op: "multiply")
    return Recorder.record(out, inputs: [a, b]) { (g, needed) throws(TensorError) -> [Tensor?] in
        [
            needed[0] ? try unbroadcast(try multiply(g, b), to: a.shape) : nil,
            needed[1] ? try unbroadcast(try multiply(g, a), to: b.shape) : nil,
        ]
    }
}

/// Element-wise `a / b` (integer division truncates; dividing an integer by zero is an error).
/// - Throws: `TensorError` for incompatible shapes, mismatched dtypes or integer division by zero.
public func divide(_ a: Tensor, _ b: Tensor) throws(TensorError) -> Tensor {
    let out = try Elementwise.binary(.divide, a, b, op: "divide")
    return Recorder.record(out, inputs: [a, b]) { (g, needed) throws(TensorError) -> [Tensor?] in
        [
            needed[0] ? try unbroadcast(try divide(g, b), to: a.shape) : nil,
            // d(a/b)/db = -a / b²
            needed[1] ? try unbroadcast(try divide(try multiply(try negate(g), a), try multiply(b, b)), to: b.shape)
                : nil,
        ]
    }
}

/// Element-wise `a ** b`.
///
/// The gradient with respect to the exponent uses `log(a)` only where `a > 0` and 0 elsewhere,
/// as TensorFlow does, so `x ** 2` at `x = 0` and negative bases stay finite.
/// - Throws: `TensorError` for incompatible shapes, mismatched dtypes or negative integer exponents.
public func pow(_ a: Tensor, _ b: Tensor) throws(TensorError) -> Tensor {
    let out = try Elementwise.binary(.power, a, b, op: "pow")
    return Recorder.record(out, inputs: [a, b]) { (g, needed) throws(TensorError) -> [Tensor?] in
        var grads: [Tensor?] = [nil, nil]
        if needed[0] {
            let one = Tensor(1, dtype: b.dtype)
            grads[0] = try unbroadcast(try multiply(g, try multiply(b, try pow(a, try subtract(b, one)))), to: a.shape)
        }
        if needed[1] {
            let positive = try Elementwise.mask(.greater, a, Tensor(0, dtype: a.dtype), op: "pow")
            let one = Tensor(1, dtype: a.dtype)
            let safeBase = try add(try multiply(a, positive), try subtract(one, positive))
            let logBase = try multiply(try log(safeBase), positive)
            grads[1] = try unbroadcast(try multiply(try multiply(g, out), logBase), to: b.shape)
        }
        return grads
    }
}

/// Element-wise `-x`.
/// - Throws: `TensorError` for bool tensors.
public func negate(_ x: Tensor) throws(TensorError) -> Tensor {
    let out = try Elementwise.unary(.negate, x, op: "negate")
    return Recorder.record(out, inputs: [x]) { (g, _) throws(TensorError) -> [Tensor?] in [try negate(g)] }
}

/// Element-wise sum of tensors of one shape (TensorFlow's `add_n`).
/// - Throws: `TensorError` for an empty list or differing shapes.
public func addN(_ tensors: [Tensor]) throws(TensorError) -> Tensor {
    guard var sum = tensors.first else { throw .emptyList("addN") }
    for t in tensors.dropFirst() {
        guard t.shape == sum.shape else {
            throw .addNShapes(sum.shape, t.shape)
        }
        sum = try add(sum, t)
    }
    return sum
}

/// `value` as a scalar tensor of `like`'s dtype, for mixed tensor–number arithmetic.
func scalar(_ value: Double, like t: Tensor, op: String) throws(TensorError) -> Tensor {
    if t.dtype == .int32 && value.rounded(.towardZero) != value {
        throw .nonIntegerScalar(op, value)
    }
    return Tensor(value, dtype: t.dtype)
}

extension TensorError {
    static func addNShapes(_ a: [Int], _ b: [Int]) -> TensorError {
        TensorError("addN: all tensors must have the same shape, got \(a) and \(b)")
    }

    static func nonIntegerScalar(_ op: String, _ value: Double) -> TensorError {
        TensorError("\(op): cannot combine an int32 tensor with the non-integer \(value); cast it first")
    }
}

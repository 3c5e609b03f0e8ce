/// Element-wise `maximum` and `minimum`, whose ties follow TensorFlow.

/// Element-wise larger value; where `a == b` the gradient goes to `a` (TensorFlow selects `a >= b`).
/// - Throws: `TensorError` for incompatible shapes or mismatched dtypes.
public func maximum(_ a: Tensor, _ b: Tensor) throws(TensorError) -> Tensor {
    try select(.maximum, .greaterEqual, a, b, op: "maximum")
}

/// Element-wise smaller value; where `a == b` the gradient goes to `a` (TensorFlow selects `a <= b`).
/// - Throws: `TensorError` for incompatible shapes or mismatched dtypes.
public func minimum(_ a: Tensor, _ b: Tensor) throws(TensorError) -> Tensor {
    try select(.minimum, .lessEqual, a, b, op: "minimum")
}

private func select(_ fn: BinaryFunction, _ pick: Comparison, _ a: Tensor, _ b: Tensor, op: String)
    throws(TensorError) -> Tensor
{
    let out = try Elementwise.binary(fn, a, b, op: op)
    return Recorder.record(out, inputs: [a, b]) { (g, needed) throws(TensorError) -> [Tensor?] in
        let chooseA = try Elementwise.mask(pick, a, b, op: op)
        let chooseB = try subtract(Tensor(1, dtype: chooseA.dtype), chooseA)
        return [
            needed[0] ? try unbroadcast(try multiply(g, chooseA), to: a.shape) : nil,
            needed[1] ? try unbroadcast(try multiply(g, chooseB), to: b.shape) : nil,
        ]
    }
}

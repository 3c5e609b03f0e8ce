/// Element-wise math functions; each backward rule is written with differentiable operations.

/// Element-wise sine.
/// - Throws: `TensorError` for non-floating tensors.
public func sin(_ x: Tensor) throws(TensorError) -> Tensor {
    let out = try Elementwise.unary(.sin, try floating(x, "sin"), op: "sin")
    return Recorder.record(out, inputs: [x]) { (g, _) throws(TensorError) -> [Tensor?] in [try multiply(g, try cos(x))] }
}

/// Element-wise cosine.
/// - Throws: `TensorError` for non-floating tensors.
public func cos(_ x: Tensor) throws(TensorError) -> Tensor {
    let out = try Elementwise.unary(.cos, try floating(x, "cos"), op: "cos")
    return Recorder.record(out, inputs: [x]) { (g, _) throws(TensorError) -> [Tensor?] in [try negate(try multiply(g, try sin(x)))] }
}

/// Element-wise tangent.
/// - Throws: `TensorError` for non-floating tensors.
public func tan(_ x: Tensor) throws(TensorError) -> Tensor {
    let out = try Elementwise.unary(.tan, try floating(x, "tan"), op: "tan")
    return Recorder.record(out, inputs: [x]) { (g, _) throws(TensorError) -> [Tensor?] in [try divide(g, try square(try cos(x)))] }
}

/// Element-wise `e^x`.
/// - Throws: `TensorError` for non-floating tensors.
public func exp(_ x: Tensor) throws(TensorError) -> Tensor {
    let out = try Elementwise.unary(.exp, try floating(x, "exp"), op: "exp")
    return Recorder.record(out, inputs: [x]) { (g, _) throws(TensorError) -> [Tensor?] in [try multiply(g, out)] }
}

/// Element-wise natural logarithm.
/// - Throws: `TensorError` for non-floating tensors.
public func log(_ x: Tensor) throws(TensorError) -> Tensor {
    let out = try Elementwise.unary(.log, try floating(x, "log"), op: "log")
    return Recorder.record(out, inputs: [x]) { (g, _) throws(TensorError) -> [Tensor?] in [try divide(g, x)] }
}

/// Element-wise square root.
/// - Throws: `TensorError` for non-floating tensors.
public func sqrt(_ x: Tensor) throws(TensorError) -> Tensor {
    let out = try Elementwise.unary(.sqrt, try floating(x, "sqrt"), op: "sqrt")
    return Recorder.record(out, inputs: [x]) { (g, _) throws(TensorError) -> [Tensor?] in
        [try divide(try multiply(g, Tensor(0.5, dtype: out.dtype)), out)]
    }
}

/// Element-wise `x * x`.
/// - Throws: `TensorError` for bool tensors.
public func square(_ x: Tensor) throws(TensorError) -> Tensor {
    let out = try Elementwise.unary(.square, x, op: "square")
    return Recorder.record(out, inputs: [x]) { (g, _) throws(TensorError) -> [Tensor?] in
        [try multiply(g, try multiply(x, Tensor(2, dtype: x.dtype)))]
    }
}

/// Element-wise absolute value; its gradient at 0 is 0 (TensorFlow's `sign`).
/// - Throws: `TensorError` for bool tensors.
public func abs(_ x: Tensor) throws(TensorError) -> Tensor {
    let out = try Elementwise.unary(.abs, x, op: "abs")
    return Recorder.record(out, inputs: [x]) { (g, _) throws(TensorError) -> [Tensor?] in [try multiply(g, try sign(x))] }
}

/// Element-wise sign: -1, 0 or 1; its gradient is zero everywhere.
/// - Throws: `TensorError` for bool tensors.
public func sign(_ x: Tensor) throws(TensorError) -> Tensor {
    let out = try Elementwise.unary(.sign, x, op: "sign")
    return Recorder.record(out, inputs: [x]) { (_, _) throws(TensorError) -> [Tensor?] in [try Tensor.zeros(x.shape, dtype: x.dtype)] }
}

/// Element-wise hyperbolic tangent.
/// - Throws: `TensorError` for non-floating tensors.
public func tanh(_ x: Tensor) throws(TensorError) -> Tensor {
    let out = try Elementwise.unary(.tanh, try floating(x, "tanh"), op: "tanh")
    return Recorder.record(out, inputs: [x]) { (g, _) throws(TensorError) -> [Tensor?] in
        [try multiply(g, try subtract(Tensor(1, dtype: out.dtype), try multiply(out, out)))]
    }
}

/// Element-wise logistic function `1 / (1 + e^-x)`, computed without overflow.
/// - Throws: `TensorError` for non-floating tensors.
public func sigmoid(_ x: Tensor) throws(TensorError) -> Tensor {
    let out = try Elementwise.unary(.sigmoid, try floating(x, "sigmoid"), op: "sigmoid")
    return Recorder.record(out, inputs: [x]) { (g, _) throws(TensorError) -> [Tensor?] in
        [try multiply(try multiply(g, out), try subtract(Tensor(1, dtype: out.dtype), out))]
    }
}

/// Element-wise `max(x, 0)`; its gradient at 0 is 0, as in TensorFlow.
/// - Throws: `TensorError` for bool tensors.
public func relu(_ x: Tensor) throws(TensorError) -> Tensor {
    let out = try Elementwise.unary(.relu, x, op: "relu")
    return Recorder.record(out, inputs: [x]) { (g, _) throws(TensorError) -> [Tensor?] in [try multiply(g, try positiveStep(x))] }
}

/// 1 where `x > 0`, else 0; recorded with a zero gradient so relu's second derivative is 0 (TensorFlow's rule).
func positiveStep(_ x: Tensor) throws(TensorError) -> Tensor {
    let out = try Elementwise.mask(.greater, x, Tensor(0, dtype: x.dtype), op: "relu")
    return Recorder.record(out, inputs: [x]) { (_, _) throws(TensorError) -> [Tensor?] in [try Tensor.zeros(x.shape, dtype: x.dtype)] }
}

/// `x` itself, or an error naming `op` when `x` is not float32/float64.
func floating(_ x: Tensor, _ op: String) throws(TensorError) -> Tensor {
    guard x.dtype.isFloatingPoint else { throw .unsupportedDType(op, x.dtype) }
    return x
}

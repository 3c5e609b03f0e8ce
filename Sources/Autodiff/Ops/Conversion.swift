/// Dtype conversion, gradient stopping and the softmax.

/// `x` converted to `dtype`; floats to int32 truncate toward zero and saturate, NaN becomes 0.
///
/// Gradients flow only between floating types: a source reached through an int32 or bool
/// value gets `nil`, as in TensorFlow.
public func cast(_ x: Tensor, to dtype: DType) throws(TensorError) -> Tensor {
    if x.dtype == dtype { return x }
    let storage: TensorStorage
    switch (x.storage, dtype) {
    case (.float32(let v), .float64): storage = .float64(v.map(Double.init))
    case (.float64(let v), .float32): storage = .float32(v.map(Float.init))
    case (.float32(let v), .int32): storage = .int32(v.map(ElementConversion.int32))
    case (.float32(let v), .bool): storage = .bool(v.map { $0 != 0 })
    default: storage = .from(x.storage.doubles, dtype: dtype)
    }
    let out = Tensor(storage: storage, shape: x.shape)
    guard x.dtype.isFloatingPoint else { return out }
    return Recorder.record(out, inputs: [x]) { (g, _) throws(TensorError) -> [Tensor?] in [try cast(g, to: x.dtype)] }
}

/// The same values, cut off from every tape (TensorFlow's `stop_gradient`).
public func stopGradient(_ x: Tensor) -> Tensor {
    x.withFreshIdentity()
}

/// `exp(x) / reduceSum(exp(x), axis)`, computed after subtracting the maximum for stability.
///
/// Built from differentiable primitives, so its gradient `(g - Σ g·y) · y` and higher
/// derivatives come from their rules.
/// - Throws: `TensorError` for a bad axis or a non-floating tensor.
public func softmax(_ x: Tensor, axis: Int = -1) throws(TensorError) -> Tensor {
    let x = try floating(x, "softmax")
    guard x.rank > 0 else { throw .softmaxOfScalar }
    let peak = try TapeContext.withoutRecording { () throws(TensorError) in
        try reduceMax(x, axis: axis, keepDims: true)
    }
    let e = try exp(try subtract(x, peak))
    return try divide(e, try reduceSum(e, axis: axis, keepDims: true))
}

/// Methods mirroring the free functions, for `t.reshaped([2, 3])`-style code.
extension Tensor {
    /// `reshape(self, shape)`.
    public func reshaped(_ shape: [Int]) throws(TensorError) -> Tensor { try reshape(self, shape) }
    /// `transpose(self)`.
    public func transposed() throws(TensorError) -> Tensor { try transpose(self) }
    /// `reduceSum(self, axis:, keepDims:)`.
    public func sum(axis: Int? = nil, keepDims: Bool = false) throws(TensorError) -> Tensor {
        try reduceSum(self, axis: axis, keepDims: keepDims)
    }
    /// `reduceMean(self, axis:, keepDims:)`.
    public func mean(axis: Int? = nil, keepDims: Bool = false) throws(TensorError) -> Tensor {
        try reduceMean(self, axis: axis, keepDims: keepDims)
    }
}

extension TensorError {
    static let softmaxOfScalar = TensorError("softmax: needs a tensor of rank at least 1, got a scalar")
}

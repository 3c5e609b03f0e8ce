/// Dtype conversion and gradient stopping.

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

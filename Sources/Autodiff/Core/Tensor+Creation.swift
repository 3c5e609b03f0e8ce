/// The creators of DSL.md §3: filled tensors, ranges and random tensors.
extension Tensor {
    /// A tensor of `shape` filled with zeros.
    /// - Throws: `TensorError` for a negative dimension or more than 2^28 elements.
    public static func zeros(_ shape: [Int], dtype: DType = .float32) throws(TensorError) -> Tensor {
        try filled(0, shape: shape, dtype: dtype, op: "zeros")
    }

    /// A tensor of `shape` filled with ones.
    /// - Throws: `TensorError` for a negative dimension or more than 2^28 elements.
    public static func ones(_ shape: [Int], dtype: DType = .float32) throws(TensorError) -> Tensor {
        try filled(1, shape: shape, dtype: dtype, op: "ones")
    }

    /// A tensor of `shape` with every element equal to `value`.
    /// - Throws: `TensorError` for a negative dimension or more than 2^28 elements.
    public static func filled(_ value: Double, shape: [Int], dtype: DType = .float32) throws(TensorError) -> Tensor {
        try filled(value, shape: shape, dtype: dtype, op: "filled")
    }

    static func filled(_ value: Double, shape: [Int], dtype: DType, op: String) throws(TensorError) -> Tensor {
        let count = try ShapeMath.elementCount(shape, op: op)
        return Tensor(storage: .filled(value, count: count, dtype: dtype), shape: shape)
    }

    /// `count` evenly spaced values from `start` to `stop`, both included (TensorFlow's `linspace`).
    /// - Throws: `TensorError` when `count` is negative or too large.
    public static func linspace(_ start: Double, _ stop: Double, count: Int, dtype: DType = .float32)
        throws(TensorError) -> Tensor
    {
        _ = try ShapeMath.elementCount([count], op: "linspace")
        let step = count > 1 ? (stop - start) / Double(count - 1) : 0
        // The last value is set exactly so `stop` is not off by rounding.
        let values = (0..<count).map { i in i == count - 1 && count > 1 ? stop : start + Double(i) * step }
        return Tensor(storage: .from(values, dtype: dtype), shape: [count])
    }

    /// Normally distributed values from the global generator (see `setSeed(_:)`).
    /// - Throws: `TensorError` for a bad shape or a non-floating `dtype`.
    public static func randomNormal(_ shape: [Int], mean: Double = 0, stddev: Double = 1, dtype: DType = .float32)
        throws(TensorError) -> Tensor
    {
        let count = try ShapeMath.elementCount(shape, op: "randomNormal")
        guard dtype.isFloatingPoint else { throw .unsupportedDType("randomNormal", dtype) }
        let values = RandomGenerator.current.normals(count).map { mean + stddev * $0 }
        return Tensor(storage: .from(values, dtype: dtype), shape: shape)
    }

    /// Uniformly distributed values in `[min, max)` from the global generator (see `setSeed(_:)`).
    /// For int32 the values are whole numbers in `[min, max)`, as in TensorFlow.
    /// - Throws: `TensorError` for a bad shape, a bool `dtype`, or `min >= max`.
    public static func randomUniform(_ shape: [Int], min: Double = 0, max: Double = 1, dtype: DType = .float32)
        throws(TensorError) -> Tensor
    {
        let count = try ShapeMath.elementCount(shape, op: "randomUniform")
        guard dtype != .bool else { throw .unsupportedDType("randomUniform", dtype) }
        guard min < max else { throw .emptyRange(min, max) }
        var values = RandomGenerator.current.uniforms(count).map { min + (max - min) * $0 }
        if dtype == .int32 { values = values.map { $0.rounded(.down) } }
        return Tensor(storage: .from(values, dtype: dtype), shape: shape)
    }
}

extension TensorError {
    static func emptyRange(_ min: Double, _ max: Double) -> TensorError {
        TensorError("randomUniform: min (\(min)) must be less than max (\(max))")
    }
}

/// Creators of DSL.md §10: ranges, identity matrices, grids and seeded shuffles.

extension Tensor {
    /// `start, start + step, …` up to but excluding `limit` (TensorFlow's `range`).
    /// - Throws: `TensorError` for a zero step or a bool dtype.
    public static func range(_ start: Double, _ limit: Double, step: Double = 1, dtype: DType = .float32)
        throws(TensorError) -> Tensor
    {
        guard step != 0 else { throw TensorError("range: step must not be 0") }
        guard dtype != .bool else { throw .unsupportedDType("range", .bool) }
        let count = Swift.max(0, Int(((limit - start) / step).rounded(.up)))
        _ = try ShapeMath.elementCount([count], op: "range")
        return Tensor(storage: .from((0..<count).map { start + Double($0) * step }, dtype: dtype), shape: [count])
    }

    /// The `n × n` identity matrix.
    /// - Throws: `TensorError` for a negative size.
    public static func eye(_ n: Int, dtype: DType = .float32) throws(TensorError) -> Tensor {
        var values = [Double](repeating: 0, count: try ShapeMath.elementCount([n, n], op: "eye"))
        for i in 0..<n { values[i * n + i] = 1 }
        return Tensor(storage: .from(values, dtype: dtype), shape: [n, n])
    }

    /// `t` with its rows (first axis) in an order drawn from the seeded generator (see `randomPermutation`).
    /// - Throws: `TensorError` for a scalar.
    public static func randomShuffle(_ t: Tensor) throws(TensorError) -> Tensor {
        guard t.rank > 0 else { throw TensorError("randomShuffle: needs a tensor of rank at least 1, got a scalar") }
        return try gather(t, indices: try randomPermutation(t.shape[0]))
    }
}

/// `0..<n` in an order drawn from the seeded generator, as int32: Fisher–Yates from the last
/// position down, swapping position `i` with `floor(u · (i + 1))` for the next uniform `u`.
/// - Parameter generator: where the uniforms come from (the calling thread's seeded generator unless given).
/// - Throws: `TensorError` for a negative `n`.
public func randomPermutation(_ n: Int, using generator: RandomGenerator = .current) throws(TensorError) -> Tensor {
    guard n >= 0 else { throw TensorError("randomPermutation: n must not be negative, got \(n)") }
    var order = (0..<n).map(Int32.init)
    let draws = generator.uniforms(Swift.max(0, n - 1))
    for (k, i) in stride(from: n - 1, to: 0, by: -1).enumerated() {
        let j = Swift.min(i, Int(draws[k] * Double(i + 1)))
        order.swapAt(i, j)
    }
    return Tensor(storage: .int32(order), shape: [n])
}

/// The coordinate grids of `x` and `y` (NumPy's and TensorFlow's default `xy` indexing): both
/// results have shape `[y.count, x.count]`; gradients flow back to `x` and `y`.
/// - Throws: `TensorError` unless both are vectors of one dtype.
public func meshgrid(_ x: Tensor, _ y: Tensor) throws(TensorError) -> (Tensor, Tensor) {
    guard x.rank == 1, y.rank == 1 else { throw TensorError("meshgrid: needs two vectors, got shapes \(x.shape) and \(y.shape)") }
    let shape = [y.shape[0], x.shape[0]]
    return (try broadcastTo(try reshape(x, [1, x.shape[0]]), shape), try broadcastTo(try reshape(y, [y.shape[0], 1]), shape))
}

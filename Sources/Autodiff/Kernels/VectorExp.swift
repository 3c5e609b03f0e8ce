/// A branch-free float32 `exp` whose loop the optimiser vectorises, unlike calls to the C library's `expf`.
///
/// The method is Cephes's `expf`: write `x = n·ln 2 + r` with `|r| ≤ ln 2 / 2`, approximate `e^r`
/// by a degree-7 polynomial, and scale by `2^n` built from exponent bits. Results are within 2 ulp
/// of the correctly rounded value; overflow gives `+inf`, underflow gives subnormals then 0, NaN stays NaN.
/// Every step is one IEEE float operation (never a fused multiply-add: Swift does not contract
/// `a * b + c`, and the AVX kernels in `vector_exp.h` take the same steps with contraction off)
/// or wrapping integer arithmetic, so the bits are the same on every run, at every position in a
/// tensor, and with or without AVX.
enum VectorExp {
    /// Beyond these bounds `e^x` is `+inf` or `0` in float32; clamping keeps `n` in range for the bit tricks.
    private static let upperClamp: Float = 100
    private static let lowerClamp: Float = -104
    private static let log2e: Float = 1.442_695_04
    /// `ln 2` split in two so that `n · ln2High` is exact.
    private static let ln2High: Float = 0.693_359_375
    private static let ln2Low: Float = -2.121_944_4e-4
    /// Adding 1.5·2^23 rounds a float of magnitude below 2^22 to an integer (ties to even).
    private static let roundingShift: Float = 12_582_912

    /// `e^x` for every element of `source`, written to `destination` (same count).
    /// - Parameter level: the widest vectors to use (see `NativeKernels.vectorLevel`).
    static func apply(
        _ source: UnsafeBufferPointer<Float>, _ destination: UnsafeMutableBufferPointer<Float>,
        level: Int = NativeKernels.vectorLevel
    ) {
        guard let src = source.baseAddress, let dst = destination.baseAddress else { return }
        // AVX-512 / AVX2 handle the whole buffer when the CPU has them; otherwise this loop does.
        let done = NativeKernels.exponential(source, destination, level: level)
        for i in done..<min(source.count, destination.count) {
            (dst + i).initialize(to: exp(src[i]))
        }
    }

    @inline(__always)
    static func exp(_ input: Float) -> Float {
        // Written so that a NaN input falls through both comparisons and propagates (maxps/minps order).
        let low = lowerClamp > input ? lowerClamp : input
        let x = upperClamp < low ? upperClamp : low
        let shifted = x * log2e + roundingShift
        let n = shifted - roundingShift
        let r = (x - n * ln2High) - n * ln2Low
        var p: Float = 1.987_569_15e-4
        p = p * r + 1.398_199_95e-3
        p = p * r + 8.333_451_9e-3
        p = p * r + 4.166_579_59e-2
        p = p * r + 1.666_666_55e-1
        p = p * r + 5.000_000_12e-1
        let er = p * (r * r) + r + 1
        // 2^n as two factors so that n down to -150 (subnormal results) still has valid exponent bits.
        let bits = Int32(bitPattern: shifted.bitPattern) &- 0x4B40_0000
        let half = bits >> 1
        let scaleA = Float(bitPattern: UInt32(bitPattern: (half &+ 127) &<< 23))
        let scaleB = Float(bitPattern: UInt32(bitPattern: ((bits &- half) &+ 127) &<< 23))
        return er * scaleA * scaleB
    }
}

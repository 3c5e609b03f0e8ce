import Synchronization

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Sets the seed of the calling thread's generator (`RandomGenerator.current`), so later random tensors
/// on this thread repeat exactly.
/// - Parameter seed: any integer; the same seed gives the same numbers on every machine.
public func setSeed(_ seed: Int) {
    RandomGenerator.current.reseed(UInt64(bitPattern: Int64(seed)))
}

/// The documented, portable random generator behind `randomNormal` and `randomUniform`.
///
/// The state is one `UInt64` advanced by splitmix64 (Steele, Lea and Flood 2014):
/// `state += 0x9E3779B97F4A7C15`, then the output is mixed with the two multiply-xorshift
/// rounds. A uniform is the top 53 bits times 2^-53, in `[0, 1)`. Normals use Box–Muller on
/// pairs `(u1, u2)`: `r = sqrt(-2 ln(1 - u1))`, giving `r cos(2πu2)` and then `r sin(2πu2)`
/// (an odd count drops the last sine). The generator starts from seed 0, so runs are
/// reproducible even without `setSeed`. The state lives in a `Mutex`, which makes an instance
/// safe under Swift 6 concurrency; numbers for one tensor are drawn under one lock.
public final class RandomGenerator: Sendable {
    private let state: Mutex<UInt64>

    /// A generator starting from `seed`.
    /// - Parameter seed: the initial state.
    public init(seed: UInt64) {
        state = Mutex(seed)
    }

    /// Restarts the sequence from `seed`.
    /// - Parameter seed: the new state.
    public func reseed(_ seed: UInt64) {
        state.withLock { $0 = seed }
    }

    /// The next 64 bits of the sequence (what `RandomNumberGenerator.next()` gives the standard library's
    /// `Double.random(in:using:)` and `shuffled(using:)` in a notebook).
    public func nextBits() -> UInt64 {
        state.withLock { Self.next(&$0) }
    }

    /// `count` uniform numbers in `[0, 1)`.
    /// - Parameter count: how many.
    /// - Returns: the numbers, in generation order.
    public func uniforms(_ count: Int) -> [Double] {
        state.withLock { state in
            (0..<count).map { _ in Self.unit(Self.next(&state)) }
        }
    }

    /// `count` standard normal numbers (mean 0, standard deviation 1) by Box–Muller.
    /// - Parameter count: how many.
    /// - Returns: the numbers, in generation order.
    public func normals(_ count: Int) -> [Double] {
        let pairs = uniforms(2 * ((count + 1) / 2))
        var result: [Double] = []
        result.reserveCapacity(pairs.count)
        for i in stride(from: 0, to: pairs.count, by: 2) {
            // 1 - u1 lies in (0, 1], so the logarithm is finite.
            let radius = (-2 * log(1 - pairs[i])).squareRoot()
            let angle = 2 * Double.pi * pairs[i + 1]
            result.append(radius * cos(angle))
            result.append(radius * sin(angle))
        }
        return Array(result.prefix(count))
    }

    private static func next(_ state: inout UInt64) -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    private static func unit(_ bits: UInt64) -> Double {
        Double(bits >> 11) * 0x1.0p-53
    }
}

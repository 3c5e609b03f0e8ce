/// Reduction of one axis of a contiguous buffer viewed as `[outer, count, inner]`.
enum ReductionKernel {
    /// Combines the `count` elements along the middle axis with `combine`, starting from `initial`.
    /// - Returns: `outer * inner` elements in row-major order.
    @inline(__always)
    static func reduce<T>(
        _ values: [T], outer: Int, count: Int, inner: Int, initial: T, _ combine: (T, T) -> T
    ) -> [T] {
        var result = [T](repeating: initial, count: outer * inner)
        if inner == 1 {
            // Reducing the last axis: one running value per row, no stores in the inner loop.
            values.withUnsafeBufferPointer { src in
                for o in 0..<outer {
                    var acc = initial
                    for k in 0..<count { acc = combine(acc, src[o * count + k]) }
                    result[o] = acc
                }
            }
            return result
        }
        values.withUnsafeBufferPointer { src in
            result.withUnsafeMutableBufferPointer { dst in
                for o in 0..<outer {
                    let outBase = o * inner
                    for k in 0..<count {
                        let inBase = (o * count + k) * inner
                        // Contiguous inner loop: vectorisable when `inner` is large.
                        for i in 0..<inner { dst[outBase + i] = combine(dst[outBase + i], src[inBase + i]) }
                    }
                }
            }
        }
        return result
    }
}

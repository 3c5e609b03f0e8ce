/// Matrix products: OpenBLAS for real work, a cache-blocked Swift loop for tiny matrices.
enum MatmulKernel {
    /// Below this many multiply-adds (`m * k * n`) the Swift loop beats a BLAS call's fixed cost.
    static let blasThreshold = 4096

    /// `a [m, k]` times `b [k, n]` in float32, row-major.
    static func product(_ a: [Float], _ b: [Float], m: Int, k: Int, n: Int) -> [Float] {
        m * k * n < blasThreshold ? multiply(a, b, m: m, k: k, n: n) : NativeKernels.multiply(a, b, m: m, k: k, n: n)
    }

    /// `a [m, k]` times `b [k, n]` in float64, row-major.
    static func product(_ a: [Double], _ b: [Double], m: Int, k: Int, n: Int) -> [Double] {
        m * k * n < blasThreshold ? multiply(a, b, m: m, k: k, n: n) : NativeKernels.multiply(a, b, m: m, k: k, n: n)
    }

    /// Rows of `a` processed together, and the block sizes of the shared and column dimensions.
    private static let rowBlock = 32
    private static let depthBlock = 128
    private static let columnBlock = 512

    /// `a [m, k]` times `b [k, n]`, both row-major.
    ///
    /// The i-k-j loop order streams rows of `b` and the output, so the innermost loop is a
    /// contiguous multiply-add the optimiser vectorises; blocking keeps a `depthBlock x columnBlock`
    /// panel of `b` in cache while a block of rows of `a` uses it.
    static func multiply<T: FloatElement>(_ a: [T], _ b: [T], m: Int, k: Int, n: Int) -> [T] {
        if n == 1 { return matrixVector(a, b, m: m, k: k) }
        var c = [T](repeating: .zeroValue, count: m * n)
        a.withUnsafeBufferPointer { pa in
            b.withUnsafeBufferPointer { pb in
                c.withUnsafeMutableBufferPointer { pc in
                    for j0 in stride(from: 0, to: n, by: columnBlock) {
                        let j1 = min(j0 + columnBlock, n)
                        for p0 in stride(from: 0, to: k, by: depthBlock) {
                            let p1 = min(p0 + depthBlock, k)
                            for i0 in stride(from: 0, to: m, by: rowBlock) {
                                let i1 = min(i0 + rowBlock, m)
                                block(pa, pb, pc, rows: i0..<i1, depth: p0..<p1, columns: j0..<j1, k: k, n: n)
                            }
                        }
                    }
                }
            }
        }
        return c
    }

    /// `a [m, k]` times a column `b [k, 1]`: one running sum per row, added in the same order
    /// (from zero, `p` ascending) as the blocked loop, so the bits are the same.
    private static func matrixVector<T: FloatElement>(_ a: [T], _ b: [T], m: Int, k: Int) -> [T] {
        a.withUnsafeBufferPointer { pa in
            b.withUnsafeBufferPointer { pb in
                [T](unsafeUninitializedCapacity: m) { c, initialized in
                    for i in 0..<m {
                        var sum = T.zeroValue
                        for p in 0..<k { sum += pa[i * k + p] * pb[p] }
                        c.initializeElement(at: i, to: sum)
                    }
                    initialized = m
                }
            }
        }
    }

    @inline(__always)
    private static func block<T: FloatElement>(
        _ pa: UnsafeBufferPointer<T>, _ pb: UnsafeBufferPointer<T>, _ pc: UnsafeMutableBufferPointer<T>,
        rows: Range<Int>, depth: Range<Int>, columns: Range<Int>, k: Int, n: Int
    ) {
        guard let cBase = pc.baseAddress, let bBase = pb.baseAddress else { return }
        let width = columns.count
        for i in rows {
            let cRow = cBase + i * n + columns.lowerBound
            for p in depth {
                let scale = pa[i * k + p]
                let bRow = bBase + p * n + columns.lowerBound
                for j in 0..<width { cRow[j] += scale * bRow[j] }
            }
        }
    }
}

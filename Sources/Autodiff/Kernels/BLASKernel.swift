import CBLAS

/// Matrix products through OpenBLAS's `cblas_sgemm` / `cblas_dgemm`: the only file that imports CBLAS.
///
/// OpenBLAS splits the output among its threads, and each element is summed in the same order
/// whatever the split; the thread count is still fixed once, so results do not depend on the
/// machine's core count or on `OPENBLAS_NUM_THREADS`, and the same inputs give the same bits.
enum BLASKernel {
    /// Threads OpenBLAS may use; the machine this runs on has two cores shared by several processes.
    static let threadCount: Int32 = 2

    /// Set once, on first use (a `static let` initialiser runs exactly once, thread-safely).
    private static let configured: Bool = {
        openblas_set_num_threads(threadCount)
        return true
    }()

    /// `a [m, k]` times `b [k, n]`, both row-major float32.
    static func multiply(_ a: [Float], _ b: [Float], m: Int, k: Int, n: Int) -> [Float] {
        // Empty operands would hand BLAS nil pointers; their product is all zeros.
        if m == 0 || n == 0 || k == 0 { return [Float](repeating: 0, count: m * n) }
        _ = configured
        return [Float](unsafeUninitializedCapacity: m * n) { c, initialized in
            a.withUnsafeBufferPointer { pa in
                b.withUnsafeBufferPointer { pb in
                    cblas_sgemm(
                        CblasRowMajor, CblasNoTrans, CblasNoTrans, blasInt(m), blasInt(n), blasInt(k),
                        1, pa.baseAddress, blasInt(k), pb.baseAddress, blasInt(n),
                        0, c.baseAddress, blasInt(n))
                }
            }
            initialized = m * n
        }
    }

    /// `a [m, k]` times `b [k, n]`, both row-major float64.
    static func multiply(_ a: [Double], _ b: [Double], m: Int, k: Int, n: Int) -> [Double] {
        // Empty operands would hand BLAS nil pointers; their product is all zeros.
        if m == 0 || n == 0 || k == 0 { return [Double](repeating: 0, count: m * n) }
        _ = configured
        return [Double](unsafeUninitializedCapacity: m * n) { c, initialized in
            a.withUnsafeBufferPointer { pa in
                b.withUnsafeBufferPointer { pb in
                    cblas_dgemm(
                        CblasRowMajor, CblasNoTrans, CblasNoTrans, blasInt(m), blasInt(n), blasInt(k),
                        1, pa.baseAddress, blasInt(k), pb.baseAddress, blasInt(n),
                        0, c.baseAddress, blasInt(n))
                }
            }
            initialized = m * n
        }
    }

    /// Dimensions are at most 2^28 (`ShapeMath.maxElements`), so they fit BLAS's 32-bit integers.
    private static func blasInt(_ value: Int) -> blasint {
        blasint(truncatingIfNeeded: value)
    }
}

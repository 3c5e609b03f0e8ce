import CBLAS
import Synchronization

/// The kernels written in C: matrix products through OpenBLAS's `cblas_sgemm` / `cblas_dgemm`, and
/// float32 `exp` with AVX-512 or AVX2 (Swift cannot ask for those instructions). The only file that
/// imports CBLAS.
///
/// BLAS uses one thread for ordinary products and two for large ones (NumPy's OpenBLAS uses every
/// core, and a large product gains almost twice from a second core). The count depends only on
/// the product's size, so the same inputs always give the same bits: OpenBLAS splits the output
/// between threads, never a sum, and how it splits depends only on the shape and the count.
enum NativeKernels {
    /// Set up once, on first use (a `static let` initialiser runs exactly once, thread-safely).
    private static let configured: Bool = {
        selectKernelsForUnknownCPU()
        return true
    }()

    /// From this many multiply-adds (`m * k * n`, 128³) a product uses `largeProductThreads`;
    /// the second thread's start-up cost is then below 5% of the work.
    static let parallelThreshold = 1 << 21
    /// Threads for products from `parallelThreshold` on; fixed rather than the machine's core
    /// count so that results do not depend on the machine.
    static let largeProductThreads = 2

    /// OpenBLAS's thread count is process-wide: each product sets it and runs under this lock, so
    /// products on other threads cannot change it mid-call. Holds the count last set.
    private static let blasThreads = Mutex<Int32>(0)

    /// Runs `body` (one BLAS call) with the thread count for `work` multiply-adds.
    private static func withThreads<R: Sendable>(forWork work: Int, _ body: () -> R) -> R {
        _ = configured
        let wanted = Int32(work >= parallelThreshold ? min(largeProductThreads, BLASThreads.maximum) : 1)
        return blasThreads.withLock { current in
            if current != wanted {
                openblas_set_num_threads(wanted)
                current = wanted
            }
            return body()
        }
    }

    /// Names the kernels when OpenBLAS did not recognise the CPU model.
    ///
    /// Debian's OpenBLAS 0.3.21 does not know recent Xeon models and falls back to its SSE3
    /// "Prescott" kernels, four times slower than its AVX-512 ones. When that happened and the CPU
    /// (and OS) support the vector extensions, OpenBLAS's own `OPENBLAS_CORETYPE` override is
    /// applied by re-running its kernel selection; a user's own `OPENBLAS_CORETYPE` is left alone.
    private static func selectKernelsForUnknownCPU() {
        guard getenv("OPENBLAS_CORETYPE") == nil, let current = openblas_get_corename(),
            String(cString: current) == "Prescott"
        else { return }
        let core: String
        switch nbrun_cpu_vector_level() {
        case 2: core = "SkylakeX"
        case 1: core = "Haswell"
        default: return
        }
        setenv("OPENBLAS_CORETYPE", core, 1)
        gotoblas_dynamic_quit()
        gotoblas_dynamic_init()
        unsetenv("OPENBLAS_CORETYPE")
    }

    /// `a [m, k]` times `b [k, n]`, both row-major float32.
    static func multiply(_ a: [Float], _ b: [Float], m: Int, k: Int, n: Int) -> [Float] {
        // Empty operands would hand BLAS nil pointers; their product is all zeros.
        if m == 0 || n == 0 || k == 0 { return [Float](repeating: 0, count: m * n) }
        return withThreads(forWork: m * k * n) {
            [Float](unsafeUninitializedCapacity: m * n) { c, initialized in
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
    }

    /// `a [m, k]` times `b [k, n]`, both row-major float64.
    static func multiply(_ a: [Double], _ b: [Double], m: Int, k: Int, n: Int) -> [Double] {
        // Empty operands would hand BLAS nil pointers; their product is all zeros.
        if m == 0 || n == 0 || k == 0 { return [Double](repeating: 0, count: m * n) }
        return withThreads(forWork: m * k * n) {
            [Double](unsafeUninitializedCapacity: m * n) { c, initialized in
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
    }

    /// The CPU's vector extensions (2: AVX-512, 1: AVX2 with FMA, 0: neither), checked once.
    private static let vectorLevel = Int(nbrun_cpu_vector_level())

    /// `e^x` for the leading elements of `source` that fill whole vectors, written to `destination`.
    ///
    /// Same method and accuracy as `VectorExp.exp`, with fused multiply-adds, so on one machine
    /// the results are always the same; across machines the last bit can differ.
    /// - Returns: how many leading elements were written (0 without AVX2); the caller does the rest.
    static func exponential(_ source: UnsafeBufferPointer<Float>, _ destination: UnsafeMutableBufferPointer<Float>)
        -> Int
    {
        let count = min(source.count, destination.count)
        guard count > 0, let src = source.baseAddress, let dst = destination.baseAddress else { return 0 }
        switch vectorLevel {
        case 2: return nbrun_exp_avx512(src, dst, count)
        case 1: return nbrun_exp_avx2(src, dst, count)
        default: return 0
        }
    }

    /// Dimensions are at most 2^28 (`ShapeMath.maxElements`), so they fit BLAS's 32-bit integers.
    private static func blasInt(_ value: Int) -> blasint {
        blasint(truncatingIfNeeded: value)
    }
}

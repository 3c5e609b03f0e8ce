import CBLAS
import Synchronization

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The kernels written in C: matrix products through OpenBLAS's `cblas_sgemm` / `cblas_dgemm`, and
/// float32 `exp` with AVX-512 or AVX2 (Swift cannot ask for those instructions). The only file that
/// imports CBLAS.
///
/// OpenBLAS is opened on the first product that needs it (`OpenBLAS` below), not linked: loading it
/// starts its thread pool (about a sixth of `nbrun --version`'s CPU time), and most runs (`--version`,
/// a kernel's start, a notebook without large products) never multiply through it.
///
/// BLAS uses one thread for ordinary products and two for large ones (NumPy's OpenBLAS uses every
/// core, and a large product gains almost twice from a second core). The count depends only on
/// the product's size, so the same inputs always give the same bits: OpenBLAS splits the output
/// between threads, never a sum, and how it splits depends only on the shape and the count.
enum NativeKernels {
    /// Set up once, on first use (a `static let` initialiser runs exactly once, thread-safely).
    private static let configured: Bool = {
        pinKernelFamily()
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
                OpenBLAS.setNumThreads(wanted)
                current = wanted
            }
            return body()
        }
    }

    /// OpenBLAS's kernel family on every CPU with AVX2 and FMA, whatever OpenBLAS picked for it.
    static let pinnedCore = "Haswell"

    /// The kernel family OpenBLAS is using (after `pinKernelFamily` on first use).
    static var coreName: String {
        _ = configured
        return OpenBLAS.coreName().map { String(cString: $0) } ?? ""
    }

    /// Makes float32 products give the same bits on every x86-64 CPU with AVX2.
    ///
    /// OpenBLAS picks its kernels per CPU model, and its families add up a product in different
    /// orders: `sgemm` under SkylakeX (AVX-512) and under Haswell (AVX2, also used for AMD Zen)
    /// differ in the last bits for every shape tried, from 16x16x16 up (`dgemm` happened to agree).
    /// So on any CPU with AVX2 and FMA the Haswell kernels are selected, through OpenBLAS's own
    /// `OPENBLAS_CORETYPE` override and a re-run of its kernel selection, even when the user set
    /// that variable: nbrun's numbers must not depend on the machine. The price is speed on
    /// AVX-512 machines (a 1024x1024 float32 product takes about 1.4 times as long). CPUs without
    /// AVX2 keep OpenBLAS's choice. The variable is restored afterwards.
    private static func pinKernelFamily() {
        guard vectorLevel >= 1, let current = OpenBLAS.coreName(), String(cString: current) != pinnedCore
        else { return }
        let userChoice = getenv("OPENBLAS_CORETYPE").map { String(cString: $0) }
        setenv("OPENBLAS_CORETYPE", pinnedCore, 1)
        OpenBLAS.dynamicQuit()
        OpenBLAS.dynamicInit()
        if let userChoice { setenv("OPENBLAS_CORETYPE", userChoice, 1) } else { unsetenv("OPENBLAS_CORETYPE") }
    }

    /// `a [m, k]` times `b [k, n]`, both row-major float32.
    static func multiply(_ a: [Float], _ b: [Float], m: Int, k: Int, n: Int) -> [Float] {
        // Empty operands would hand BLAS nil pointers; their product is all zeros.
        if m == 0 || n == 0 || k == 0 { return [Float](repeating: 0, count: m * n) }
        return withThreads(forWork: m * k * n) {
            [Float](unsafeUninitializedCapacity: m * n) { c, initialized in
                a.withUnsafeBufferPointer { pa in
                    b.withUnsafeBufferPointer { pb in
                        OpenBLAS.sgemm(
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
                        OpenBLAS.dgemm(
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
    static let vectorLevel = Int(nbrun_cpu_vector_level())

    /// `e^x` for every element of `source`, written to `destination`, with the widest vectors
    /// `level` allows (at most `vectorLevel`; tests pass lower levels to compare them).
    ///
    /// The C kernels compute exactly `VectorExp.exp`'s steps without fused multiply-adds, and run
    /// a buffer's last partial vector through the same vector code, so every level and every
    /// position give the same bits.
    /// - Returns: how many leading elements were written: all of them, or 0 without AVX2 (the
    ///   caller then runs `VectorExp.exp` over the buffer).
    static func exponential(
        _ source: UnsafeBufferPointer<Float>, _ destination: UnsafeMutableBufferPointer<Float>,
        level: Int = vectorLevel
    ) -> Int {
        let count = min(source.count, destination.count)
        guard count > 0, let src = source.baseAddress, let dst = destination.baseAddress else { return 0 }
        switch min(level, vectorLevel) {
        case 2: return nbrun_exp_avx512(src, dst, count)
        case 1: return nbrun_exp_avx2(src, dst, count)
        default: return 0
        }
    }

    /// Dimensions are at most 2^28 (`ShapeMath.maxElements`), so they fit BLAS's 32-bit integers.
    private static func blasInt(_ value: Int) -> blasint {
        blasint(truncatingIfNeeded: value)
    }

    /// OpenBLAS's entry points, looked up in the library the first time any of them is used.
    ///
    /// Opening it runs OpenBLAS's start-up, which reads `OPENBLAS_NUM_THREADS` and `OPENBLAS_CORETYPE`
    /// then, as it would have at process start; `configured` pins the kernel family right after.
    private enum OpenBLAS {
        /// Debian's OpenBLAS (libopenblas0, installed with libopenblas-dev), by its soname.
        static let libraryName = "libopenblas.so.0"

        /// Only passed to `dlsym`, which is thread-safe.
        nonisolated(unsafe) private static let handle: UnsafeMutableRawPointer = {
            guard let handle = dlopen(libraryName, RTLD_NOW | RTLD_LOCAL) else {
                fatalError("nbrun: cannot load OpenBLAS (\(String(cString: dlerror()))); install libopenblas-dev")
            }
            return handle
        }()

        /// The function `name` in OpenBLAS, as the C type `Function` its header gives it.
        private static func function<Function>(_ name: String, as type: Function.Type) -> Function {
            guard let address = dlsym(handle, name) else {
                fatalError("nbrun: OpenBLAS has no \(name) (\(String(cString: dlerror())))")
            }
            return unsafeBitCast(address, to: type)
        }

        static let sgemm = function("cblas_sgemm", as: nbrun_sgemm_t.self)
        static let dgemm = function("cblas_dgemm", as: nbrun_dgemm_t.self)
        static let setNumThreads = function("openblas_set_num_threads", as: nbrun_set_num_threads_t.self)
        static let coreName = function("openblas_get_corename", as: nbrun_get_corename_t.self)
        static let dynamicInit = function("gotoblas_dynamic_init", as: nbrun_dynamic_hook_t.self)
        static let dynamicQuit = function("gotoblas_dynamic_quit", as: nbrun_dynamic_hook_t.self)
    }
}

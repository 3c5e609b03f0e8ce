import Synchronization

/// The most threads one OpenBLAS product may use.
///
/// Large products use two threads (see `NativeKernels`); when several notebooks run at once, as in a
/// course built with `--jobs`, each core already has a notebook, so a driver caps products at one thread.
/// The cap never changes results: OpenBLAS splits a product's output between threads, never a sum.
public enum BLASThreads {
    private static let cap = Atomic<Int>(NativeKernels.largeProductThreads)

    /// The current cap (2 unless lowered).
    public static var maximum: Int { cap.load(ordering: .relaxed) }

    /// Caps the thread count of every later product.
    /// - Parameter count: The most threads per product; values below 1 count as 1.
    public static func setMaximum(_ count: Int) {
        cap.store(max(1, count), ordering: .relaxed)
    }
}

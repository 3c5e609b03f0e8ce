import Foundation
import Synchronization

/// Runs independent jobs on up to `width` threads at once and returns their results in job order.
///
/// Each job runs on one thread from start to end, so a chapter's interpreter session stays on the
/// thread that created it; the order of the results never depends on which job finished first.
enum ChapterScheduler {
    /// Runs `count` jobs, `width` at a time.
    ///
    /// - Parameters:
    ///   - count: How many jobs.
    ///   - width: The most jobs running at once (at least 1).
    ///   - job: Runs job `index`; called once per index, from several threads at once.
    /// - Returns: The jobs' results, by index.
    static func run<Result: Sendable>(count: Int, width: Int, _ job: @escaping @Sendable (Int) -> Result) -> [Result] {
        let next = Mutex(0)
        let results = Mutex([Result?](repeating: nil, count: count))
        let group = DispatchGroup()
        for _ in 0..<min(max(1, width), count) {
            group.enter()
            let worker = Thread {
                while true {
                    let index: Int = next.withLock { value in
                        defer { value += 1 }
                        return value
                    }
                    guard index < count else { break }
                    let result = job(index)
                    results.withLock { $0[index] = result }
                }
                group.leave()
            }
            // Deep recursion in a cell happens on the session's own evaluation thread, not here.
            worker.stackSize = 8 << 20
            worker.start()
        }
        group.wait()
        return results.withLock { $0.compactMap { $0 } }
    }
}

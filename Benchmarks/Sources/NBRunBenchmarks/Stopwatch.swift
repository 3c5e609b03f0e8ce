/// Best-of-N wall-clock timing: the minimum is the least disturbed by the rest of the machine.
enum Stopwatch {
    /// The shortest of `runs` timings of `body`, in seconds.
    static func best(of runs: Int, _ body: () throws -> Void) rethrows -> Double {
        var best = Double.infinity
        for _ in 0..<runs {
            let start = ContinuousClock.now
            try body()
            best = min(best, (ContinuousClock.now - start) / .seconds(1))
        }
        return best
    }
}

extension Stopwatch {
    /// The smallest of `runs` values that `body` measures itself (for timings taken inside the runtime).
    static func bestValue(of runs: Int, _ body: () throws -> Double) rethrows -> Double {
        var best = Double.infinity
        for _ in 0..<runs { best = min(best, try body()) }
        return best
    }
}

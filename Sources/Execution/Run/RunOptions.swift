/// How a notebook run treats errors, time and timings.
public struct RunOptions: Sendable {
    /// Go on after a failing cell instead of marking the rest "not run" (`--allow-errors`).
    public var allowErrors: Bool
    /// The time limit in seconds for a cell without its own `timeout=` option (`--timeout`).
    public var defaultTimeout: Double
    /// Record each cell's duration into the notebook (`--timings`); off keeps reports deterministic.
    public var recordTimings: Bool

    /// Creates options; the defaults are those of the command line.
    public init(allowErrors: Bool = false, defaultTimeout: Double = 60, recordTimings: Bool = false) {
        self.allowErrors = allowErrors
        self.defaultTimeout = defaultTimeout
        self.recordTimings = recordTimings
    }
}

/// How a report is rendered.
public struct ReportOptions: Hashable, Sendable {
    /// Show each cell's run time and the total; off by default so reports stay byte-identical across runs.
    public var showTimings: Bool

    /// Creates options.
    ///
    /// - Parameter showTimings: Show each cell's run time (cells need `duration` set by the executor).
    public init(showTimings: Bool = false) {
        self.showTimings = showTimings
    }
}

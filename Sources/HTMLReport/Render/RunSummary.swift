import NotebookFormat

/// How many code cells of a notebook ran, failed, were skipped or did not run.
public struct RunSummary: Hashable, Sendable {
    /// All code cells.
    public var cells: Int
    /// Cells that ran (succeeded, failed, or failed as expected).
    public var ran: Int
    /// Cells that failed unexpectedly (including `raises` cells that did not fail).
    public var failed: Int
    /// `raises` cells that failed as expected.
    public var expectedFailures: Int
    /// `skip` cells.
    public var skipped: Int
    /// Cells that did not run because an earlier cell failed, or that are still pending.
    public var notRun: Int
    /// Total run time of the cells that recorded one, nil when none did.
    public var duration: Double?

    /// Counts the cells of a notebook.
    ///
    /// - Parameter notebook: The notebook, usually after it ran.
    public init(_ notebook: Notebook) {
        let cells = notebook.codeCells
        self.cells = cells.count
        ran = cells.filter { [.succeeded, .failed, .failedAsExpected].contains($0.status) }.count
        failed = cells.filter { $0.status == .failed }.count
        expectedFailures = cells.filter { $0.status == .failedAsExpected }.count
        skipped = cells.filter { $0.status == .skipped }.count
        notRun = cells.filter { $0.status == .notRun || $0.status == .pending }.count
        let durations = cells.compactMap(\.duration)
        duration = durations.isEmpty ? nil : durations.reduce(0, +)
    }
}

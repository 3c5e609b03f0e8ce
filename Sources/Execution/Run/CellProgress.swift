import NotebookFormat

/// What the runner reports after each code cell, for progress lines on stderr.
public struct CellProgress: Sendable {
    /// The cell's 1-based position among the notebook's code cells.
    public var index: Int
    /// The notebook line of the cell's opening fence.
    public var fenceLine: Int
    /// How the cell went.
    public var status: CellStatus
    /// Seconds the cell took (0 for cells that did not run).
    public var seconds: Double

    /// Creates a progress report.
    public init(index: Int, fenceLine: Int, status: CellStatus, seconds: Double) {
        self.index = index
        self.fenceLine = fenceLine
        self.status = status
        self.seconds = seconds
    }
}

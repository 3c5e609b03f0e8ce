/// A code cell as recorded in an ipynb snapshot: what `--check` compares a fresh run against.
public struct SnapshotCell: Hashable, Sendable {
    /// The notebook line of the cell's opening fence when the snapshot was written.
    public var fenceLine: Int
    /// The cell's source when the snapshot was written.
    public var source: String
    /// How running the cell went.
    public var status: CellStatus
    /// Jupyter's execution count (1, 2, … in run order), nil for a cell that did not run.
    public var executionCount: Int?
    /// The recorded outputs, in order.
    public var outputs: [CellOutput]

    /// Creates a recorded cell.
    public init(fenceLine: Int, source: String, status: CellStatus, executionCount: Int?, outputs: [CellOutput]) {
        self.fenceLine = fenceLine
        self.source = source
        self.status = status
        self.executionCount = executionCount
        self.outputs = outputs
    }
}

/// An ipynb snapshot that cannot be read back.
public struct SnapshotError: Error, Hashable, Sendable, CustomStringConvertible {
    /// What is wrong.
    public var message: String

    /// Creates an error.
    public init(message: String) {
        self.message = message
    }

    /// `invalid snapshot: message`.
    public var description: String { "invalid snapshot: \(message)" }
}

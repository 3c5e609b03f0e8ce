/// The words after `swift` in a code cell's info string (DSL.md §1).
public struct CellOptions: Hashable, Sendable {
    /// The cell is expected to fail; its error is shown and the run goes on.
    public var raises: Bool
    /// The cell is shown but never run.
    public var skip: Bool
    /// The cell runs but its code is left out of the report.
    public var hideCode: Bool
    /// The cell runs but its outputs are left out of the report.
    public var hideOutput: Bool
    /// The cell's own time limit in seconds, overriding the run's default.
    public var timeout: Double?
    /// What `--check` compares of this cell (`check=skip`, `check=text`; COURSE.md §2).
    public var check: CheckMode

    /// Creates options; every flag defaults to off.
    public init(
        raises: Bool = false, skip: Bool = false, hideCode: Bool = false,
        hideOutput: Bool = false, timeout: Double? = nil,
        check: CheckMode = .all
    ) {
        self.raises = raises
        self.skip = skip
        self.hideCode = hideCode
        self.hideOutput = hideOutput
        self.timeout = timeout
        self.check = check
    }
}

/// What a snapshot check compares of one cell.
public enum CheckMode: String, Hashable, Sendable {
    /// Text and charts (the default).
    case all
    /// Nothing: the cell's outputs may change freely (`check=skip`).
    case skip
    /// Text only; the cell's charts are not compared (`check=text`).
    case text
}

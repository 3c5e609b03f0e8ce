/// An error that stopped a cell: a parse error, a static (semantic) error, a run-time trap or a timeout.
public struct Diagnostic: Error, Sendable, Equatable, CustomStringConvertible {
    /// The phase that produced the diagnostic.
    public enum Phase: Sendable {
        /// The cell is not valid Swift syntax.
        case parse
        /// The cell is valid Swift but outside the supported subset, or mistyped.
        case semantic
        /// Execution trapped (Swift's `Fatal error: ...`) or a native call failed.
        case runtime
        /// The cell exceeded its time limit.
        case timeout
    }

    /// The phase that produced the diagnostic.
    public var phase: Phase
    /// 1-based line, relative to the cell source.
    public var line: Int
    /// 1-based column.
    public var column: Int
    /// The message; for run-time traps it is Swift's message without the `Fatal error: ` prefix.
    public var message: String

    /// Creates a diagnostic.
    public init(phase: Phase, line: Int, column: Int, message: String) {
        self.phase = phase
        self.line = line
        self.column = column
        self.message = message
    }

    /// `LINE:COL: message`, the form used by the conformance tests.
    public var description: String { "\(line):\(column): \(message)" }
}

/// A source position (1-based line and column) inside a cell.
public struct SourcePosition: Sendable, Equatable {
    /// 1-based line.
    public var line: Int
    /// 1-based column.
    public var column: Int

    /// Creates a position.
    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }
}

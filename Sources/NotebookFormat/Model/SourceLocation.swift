/// A position in a notebook file: 1-based line and column, as editors and compilers count them.
public struct SourceLocation: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// The 1-based line in the notebook file.
    public var line: Int
    /// The 1-based column (in Unicode scalars) on that line.
    public var column: Int

    /// Creates a location.
    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    /// `LINE:COL`, the form used in `file.md:LINE:COL: error: …`.
    public var description: String { "\(line):\(column)" }

    public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
        (lhs.line, lhs.column) < (rhs.line, rhs.column)
    }
}

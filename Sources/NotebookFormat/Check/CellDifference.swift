/// How one code cell's fresh outputs differ from its snapshot (COURSE.md §2).
///
/// Plain data, like the executed notebook: the checker in Execution fills it in, the terminal output, the
/// review page and the JUnit report only read it.
public struct CellDifference: Hashable, Sendable {
    /// The 1-based position of the cell among the notebook's code cells.
    public var cellIndex: Int
    /// The notebook line of the cell's opening fence.
    public var fenceLine: Int
    /// What differs, in output order.
    public var items: [Item]

    /// One thing that differs in a cell.
    public enum Item: Hashable, Sendable {
        /// Text output: unified-diff lines (`- ` snapshot, `+ ` fresh run, `  ` context).
        case text(diff: [String])
        /// A chart whose pixels differ beyond the notebook's tolerance, or whose size changed.
        case chart(ChartDifference)
        /// Anything else (status, kinds of outputs, missing cells), said in words.
        case note(String)
    }

    /// Creates a difference.
    public init(cellIndex: Int, fenceLine: Int, items: [Item]) {
        self.cellIndex = cellIndex
        self.fenceLine = fenceLine
        self.items = items
    }

    /// Readable lines for the terminal: notes, diff lines and chart counts.
    ///
    /// - Parameter file: The notebook's file name, which chart lines name.
    public func details(file: String) -> [String] {
        items.flatMap { item -> [String] in
            switch item {
            case .text(let diff): diff
            case .note(let note): [note]
            case .chart(let chart): [chart.summary(cellAt: "\(file):\(fenceLine)")]
            }
        }
    }

    /// `file.md:LINE: cell N differs from the snapshot`, then the indented details.
    public func report(file: String) -> String {
        let header = "\(file):\(fenceLine): cell \(cellIndex) differs from the snapshot"
        return ([header] + details(file: file).map { "    " + $0 }).joined(separator: "\n")
    }
}

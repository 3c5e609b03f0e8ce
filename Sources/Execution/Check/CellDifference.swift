/// How one code cell's fresh outputs differ from its snapshot, for `nbrun --check`.
public struct CellDifference: Equatable, Sendable {
    /// The 1-based position of the cell among the notebook's code cells.
    public var cellIndex: Int
    /// The notebook line of the cell's opening fence.
    public var fenceLine: Int
    /// Readable lines saying what differs: a text diff, a pixel difference, a changed status.
    public var details: [String]

    /// `file.md:LINE: cell N differs from the snapshot`, then the indented details.
    public func report(file: String) -> String {
        let header = "\(file):\(fenceLine): cell \(cellIndex) differs from the snapshot"
        return ([header] + details.map { "    " + $0 }).joined(separator: "\n")
    }
}

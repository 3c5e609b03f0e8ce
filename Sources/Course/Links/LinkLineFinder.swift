import Foundation
import NotebookFormat

/// Finds the notebook line a link in a prose block was written on.
///
/// cmark gives positions for blocks only, so the destination is looked up in the block's Markdown
/// lines, moving forward from the previous link so that the same link written twice gets both lines.
struct LinkLineFinder {
    private let lines: [String]
    private let firstLine: Int
    private var cursor = 0

    /// A finder over one prose block.
    init(prose: Prose) {
        lines = prose.markdown.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        firstLine = prose.startLine
    }

    /// The line of the next link to `href` (as cmark rendered it); the block's first line when not found.
    mutating func line(of href: String) -> Int {
        let raw = href.replacingOccurrences(of: "&amp;", with: "&")
        let candidates = [raw, raw.removingPercentEncoding ?? raw]
        let order = Array(cursor..<lines.count) + Array(0..<min(cursor, lines.count))
        for index in order where candidates.contains(where: { lines[index].contains($0) }) {
            cursor = index
            return firstLine + index
        }
        return firstLine
    }
}

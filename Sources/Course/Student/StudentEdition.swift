import NotebookFormat

/// The two editions of a chapter: the instructor's (marker lines gone, everything else shown) and the
/// student's `.md` and `.ipynb` (solutions stubbed, hidden tests removed, no outputs in those cells).
enum StudentEdition {
    /// Checks every marker region of a chapter before anything runs.
    ///
    /// - Throws: `CourseError` at the first malformed region.
    static func validate(_ notebook: Notebook, file: String) throws(CourseError) {
        for cell in notebook.codeCells {
            _ = try SolutionRegions.rewrite(cell.sourceLines, for: .student, firstLine: cell.firstCodeLine, file: file)
        }
    }

    /// The executed chapter with the marker lines dropped from every cell's source, for the site.
    static func instructor(_ executed: Notebook, file: String) throws(CourseError) -> Notebook {
        var result = executed
        for index in result.blocks.indices {
            guard case .code(var cell) = result.blocks[index],
                  SolutionRegions.containsMarkers(cell.sourceLines) else { continue }
            let lines = try SolutionRegions.rewrite(
                cell.sourceLines, for: .instructor, firstLine: cell.firstCodeLine, file: file)
            cell.source = lines.map { $0 + "\n" }.joined()
            result.blocks[index] = .code(cell)
        }
        return result
    }

    /// The student's Markdown: the chapter file with each marked cell's code lines rewritten, and the
    /// cells left with no code at all (they held only hidden tests) removed with their fences.
    ///
    /// - Parameters:
    ///   - text: The chapter file's text.
    ///   - notebook: The chapter parsed from `text` (for where its cells are).
    ///   - file: The chapter's path in the course, for errors.
    static func markdown(_ text: String, notebook: Notebook, file: String) throws(CourseError) -> String {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        // From the last cell up, so earlier cells' line numbers stay valid while lines change.
        for cell in notebook.codeCells.reversed() where SolutionRegions.containsMarkers(cell.sourceLines) {
            let rewritten = try studentLines(of: cell, file: file)
            if isEmpty(rewritten) {
                removeCell(cell, from: &lines)
            } else {
                let start = cell.firstCodeLine - 1
                lines.replaceSubrange(start..<(start + cell.sourceLines.count), with: rewritten)
            }
        }
        return lines.joined(separator: "\n")
    }

    /// The cell's code as students get it.
    private static func studentLines(of cell: CodeCell, file: String) throws(CourseError) -> [String] {
        try SolutionRegions.rewrite(cell.sourceLines, for: .student, firstLine: cell.firstCodeLine, file: file)
    }

    /// Whether rewritten code holds nothing a student could run or read.
    private static func isEmpty(_ lines: [String]) -> Bool {
        lines.allSatisfy { $0.allSatisfy(\.isWhitespace) }
    }

    /// Whether students get no cell at all for `cell`: it held markers and only hidden tests (or blanks).
    static func vanishes(_ cell: CodeCell, file: String) -> Bool {
        guard SolutionRegions.containsMarkers(cell.sourceLines),
              let lines = try? studentLines(of: cell, file: file) else { return false }
        return isEmpty(lines)
    }

    /// Removes a cell's lines from its fence to its closing fence, and one blank line beside them, so the
    /// prose around it keeps a single blank line between paragraphs.
    private static func removeCell(_ cell: CodeCell, from lines: inout [String]) {
        var range = (cell.fenceLine - 1)..<min(cell.endLine, lines.count)
        if range.upperBound < lines.count, lines[range.upperBound].allSatisfy(\.isWhitespace) {
            range = range.lowerBound..<(range.upperBound + 1)
        } else if range.lowerBound > 0, lines[range.lowerBound - 1].allSatisfy(\.isWhitespace) {
            range = (range.lowerBound - 1)..<range.upperBound
        }
        lines.removeSubrange(range)
    }

    /// The student's notebook: `studentText` parsed, with the instructor run's outputs in every cell that
    /// held no marker region and none in the cells that did (cells that vanished for students are skipped).
    ///
    /// - Parameters:
    ///   - studentText: The student's Markdown from `markdown(_:notebook:file:)`.
    ///   - executed: The instructor's executed chapter (same cells, same order).
    ///   - path: The path to give the student notebook.
    static func notebook(_ studentText: String, executed: Notebook, path: String) throws -> Notebook {
        var student = try NotebookParser.parse(Array(studentText.utf8), path: path)
        // The cells `markdown` removed have no counterpart in the student's text.
        let ran = executed.codeCells.filter { !vanishes($0, file: path) }
        var next = 0
        for index in student.blocks.indices {
            guard case .code(var cell) = student.blocks[index], next < ran.count else { continue }
            let original = ran[next]
            next += 1
            if !SolutionRegions.containsMarkers(original.sourceLines) {
                cell.status = original.status
                cell.outputs = original.outputs
            }
            student.blocks[index] = .code(cell)
        }
        return student
    }
}

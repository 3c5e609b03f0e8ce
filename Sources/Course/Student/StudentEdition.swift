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

    /// The student's Markdown: the chapter file with each marked cell's code lines rewritten.
    ///
    /// - Parameters:
    ///   - text: The chapter file's text.
    ///   - notebook: The chapter parsed from `text` (for where its cells are).
    ///   - file: The chapter's path in the course, for errors.
    static func markdown(_ text: String, notebook: Notebook, file: String) throws(CourseError) -> String {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        // From the last cell up, so earlier cells' line numbers stay valid while lines change.
        for cell in notebook.codeCells.reversed() where SolutionRegions.containsMarkers(cell.sourceLines) {
            let rewritten = try SolutionRegions.rewrite(
                cell.sourceLines, for: .student, firstLine: cell.firstCodeLine, file: file)
            let start = cell.firstCodeLine - 1
            lines.replaceSubrange(start..<(start + cell.sourceLines.count), with: rewritten)
        }
        return lines.joined(separator: "\n")
    }

    /// The student's notebook: `studentText` parsed, with the instructor run's outputs in every cell that
    /// held no marker region and none in the cells that did.
    ///
    /// - Parameters:
    ///   - studentText: The student's Markdown from `markdown(_:notebook:file:)`.
    ///   - executed: The instructor's executed chapter (same cells, same order).
    ///   - path: The path to give the student notebook.
    static func notebook(_ studentText: String, executed: Notebook, path: String) throws -> Notebook {
        var student = try NotebookParser.parse(Array(studentText.utf8), path: path)
        let ran = executed.codeCells
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

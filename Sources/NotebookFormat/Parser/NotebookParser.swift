/// Reads a Markdown notebook file into a `Notebook` (DSL.md §1).
///
/// Rules:
/// - Optional YAML front matter between `---` lines at the very top gives the `title:`; it is not prose.
///   Its lines still count, so every line number is a line of the notebook file.
/// - A fenced code block whose info string's first word is `swift` is a code cell; the other words are its
///   options (`raises`, `skip`, `hide-code`, `hide-output`, `timeout=SECONDS`).
/// - **Only top-level fenced blocks are cells.** A ```` ```swift ```` block nested in a list item or a
///   block quote is shown as prose and never run: cells are the notebook's spine, and running code
///   from inside a list would make the run order depend on Markdown nesting the reader may not notice.
/// - Everything else, other fenced blocks included, is prose; consecutive prose blocks form one `Prose`
///   whose HTML cmark renders (raw HTML omitted unless `unsafeHTML`), with an `id` on every heading.
/// - A fence that is never closed runs to the end of the file, as in CommonMark.
public enum NotebookParser {
    /// The first word of a code cell's info string.
    static let cellLanguage = "swift"

    /// Parses a notebook file.
    ///
    /// - Parameters:
    ///   - bytes: The file's contents.
    ///   - path: The path as the user gave it; errors start with it.
    ///   - unsafeHTML: Pass raw HTML in prose through to the report instead of dropping it.
    /// - Returns: The notebook with its prose and (not yet run) code cells in file order.
    /// - Throws: `NotebookError` for a file that is not UTF-8 text, unclosed front matter, a malformed
    ///   title, or an unknown or invalid cell option, located in the file.
    public static func parse(_ bytes: [UInt8], path: String, unsafeHTML: Bool = false) throws(NotebookError) -> Notebook {
        let text = try NotebookText(bytes: bytes, path: path)
        let frontMatter = try FrontMatter(lines: text.lines, path: path)
        // Blank lines in place of the front matter keep cmark's line numbers equal to file lines.
        let body = Array(repeating: "", count: frontMatter.lineCount) + text.lines.dropFirst(frontMatter.lineCount)
        var slugger = HeadingSlugger()
        let markdownBlocks = CmarkDocument.blocks(
            of: body.joined(separator: "\n") + "\n", unsafeHTML: unsafeHTML, cellLanguage: cellLanguage,
            slugger: &slugger)

        var blocks: [Block] = []
        var prose: Prose?
        for block in markdownBlocks {
            switch block.kind {
            case .cell(let code):
                if let finished = prose { blocks.append(.prose(finished)) }
                prose = nil
                let options = try CellOptionsParser.parse(
                    fenceLine: text.line(block.startLine), line: block.startLine, path: path)
                blocks.append(.code(CodeCell(
                    source: code, options: options, fenceLine: block.startLine, endLine: block.endLine)))
            case .rendered(let html, let headings):
                if prose == nil {
                    prose = Prose(html: "", headings: [], startLine: block.startLine, endLine: block.endLine)
                }
                prose?.html += html
                prose?.headings += headings
                prose?.endLine = block.endLine
            }
        }
        if let finished = prose { blocks.append(.prose(finished)) }
        return Notebook(
            path: path, title: frontMatter.title, blocks: blocks.map { withMarkdown($0, text) },
            check: frontMatter.check)
    }

    /// Fills in a prose block's Markdown source from the file's lines, for the ipynb snapshot.
    private static func withMarkdown(_ block: Block, _ text: NotebookText) -> Block {
        guard case .prose(var prose) = block else { return block }
        // cmark always gives end ≥ start; `max` keeps a surprise from trapping.
        prose.markdown = (prose.startLine...max(prose.startLine, prose.endLine)).map { text.line($0) }
            .joined(separator: "\n")
        return .prose(prose)
    }
}

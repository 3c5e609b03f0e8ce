@testable import NotebookFormat

/// A readable text dump of a parsed notebook for golden files: blocks, line ranges, options, HTML and source.
enum TreeDump {
    /// Dumps a notebook; every block's content lines are indented under its header line.
    static func dump(_ notebook: Notebook) -> String {
        var out = "notebook \(notebook.path) title: \(notebook.title.map { "\"\($0)\"" } ?? "nil")\n"
        for block in notebook.blocks {
            switch block {
            case .prose(let prose):
                out += "prose lines \(prose.startLine)-\(prose.endLine)\n"
                for heading in prose.headings {
                    out += "  heading h\(heading.level) #\(heading.anchor) \"\(heading.text)\"\n"
                }
                out += indented(prose.html, marker: "html")
                out += indented(prose.markdown, marker: "md")
            case .code(let cell):
                out += "code fence \(cell.fenceLine) first \(cell.firstCodeLine) end \(cell.endLine)"
                let words = cell.options.fenceWords
                out += " options: \(words.isEmpty ? "none" : words.joined(separator: " "))\n"
                out += indented(cell.source, marker: "src")
            }
        }
        return out
    }

    /// Dumps the result of parsing: the tree, or the error's description.
    static func dump(parsing bytes: [UInt8], path: String) -> String {
        do {
            return dump(try NotebookParser.parse(bytes, path: path))
        } catch {
            return "error: \(error)\n"
        }
    }

    /// Each line of `text` prefixed with `  marker| `.
    private static func indented(_ text: String, marker: String) -> String {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        if lines.last == "" { lines.removeLast() }
        return lines.map { "  \(marker)| \($0)\n" }.joined()
    }
}

/// The optional YAML front matter between `---` lines at the very top of a notebook (DSL.md §1).
///
/// Only `title:` is read, with the scalar rules of YAML that titles use: plain, `'single'` (with `''`
/// for a quote), `"double"` (with backslash escapes), and `|` / `>` block scalars. Other keys, such as
/// `parameters:`, are allowed and left alone. This is deliberately not a YAML parser.
struct FrontMatter: Hashable, Sendable {
    /// The `title:` value, or nil when absent or empty.
    var title: String?
    /// How many lines of the file the front matter takes, both `---` lines included (0 without front matter).
    var lineCount: Int

    /// Finds the front matter at the top of `lines`.
    ///
    /// - Parameters:
    ///   - lines: The file's lines; `lines[0]` is line 1.
    ///   - path: The notebook's path, for errors.
    /// - Throws: `NotebookError` when the opening `---` is never closed or the title is malformed.
    init(lines: [String], path: String) throws(NotebookError) {
        guard let first = lines.first, Self.trimmed(first) == "---" else {
            self.init(title: nil, lineCount: 0)
            return
        }
        guard let close = lines.indices.dropFirst().first(where: { ["---", "..."].contains(Self.trimmed(lines[$0])) })
        else { throw .unclosedFrontMatter(path: path) }
        let body = Array(lines[1..<close])
        let title = try Self.title(in: body, firstLine: 2, path: path)
        self.init(title: title, lineCount: close + 1)
    }

    /// Creates front matter from its parts.
    init(title: String?, lineCount: Int) {
        self.title = title
        self.lineCount = lineCount
    }

    /// Reads the top-level `title:` key of the YAML `body`, whose first line is file line `firstLine`.
    private static func title(in body: [String], firstLine: Int, path: String) throws(NotebookError) -> String? {
        guard let index = body.firstIndex(where: { $0.hasPrefix("title:") }) else { return nil }
        let rest = body[index].dropFirst("title:".count)
        let value = rest.drop { $0 == " " || $0 == "\t" }
        let column = 1 + body[index].unicodeScalars.count - value.unicodeScalars.count
        let continuation = body[(index + 1)...].prefix { $0.isEmpty || $0.first == " " || $0.first == "\t" }
        let location = SourceLocation(line: firstLine + index, column: column)
        let title: String
        switch value.first {
        case "\"":
            title = try YAMLScalar.doubleQuoted(value, path: path, at: location)
        case "'":
            title = try YAMLScalar.singleQuoted(value, path: path, at: location)
        case "|", ">":
            title = YAMLScalar.block(continuation, folded: value.first == ">")
        default:
            title = YAMLScalar.plain(value, continuation: continuation)
        }
        return title.isEmpty || (value.first != "\"" && value.first != "'" && ["~", "null"].contains(title))
            ? nil : title
    }

    /// A line without trailing spaces, tabs or carriage return.
    private static func trimmed(_ line: String) -> Substring {
        var line = Substring(line)
        while let last = line.last, last == " " || last == "\t" || last == "\r" { line.removeLast() }
        return line
    }
}

extension NotebookError {
    static func unclosedFrontMatter(path: String) -> NotebookError {
        NotebookError(
            path: path, location: SourceLocation(line: 1, column: 1),
            message: "front matter starting with '---' is not closed by a '---' line")
    }
}

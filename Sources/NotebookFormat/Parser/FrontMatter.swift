import Yams

/// The optional YAML front matter between `---` lines at the very top of a notebook (DSL.md §1), read
/// with Yams.
///
/// `title:` and `check:` (COURSE.md §2) are read; other keys, such as `parameters:`, are allowed and left
/// alone. Every error points at the notebook line and column of the offending YAML.
struct FrontMatter: Hashable, Sendable {
    /// The `title:` value, or nil when absent or empty.
    var title: String?
    /// The `check:` settings, defaults when absent.
    var check: CheckSettings
    /// How many lines of the file the front matter takes, both `---` lines included (0 without front matter).
    var lineCount: Int

    /// Finds the front matter at the top of `lines`.
    ///
    /// - Parameters:
    ///   - lines: The file's lines; `lines[0]` is line 1.
    ///   - path: The notebook's path, for errors.
    /// - Throws: `NotebookError` when the opening `---` is never closed, the YAML is malformed, or `title:`
    ///   or `check:` has the wrong shape.
    init(lines: [String], path: String) throws(NotebookError) {
        guard let first = lines.first, Self.trimmed(first) == "---" else {
            self.init(title: nil, check: CheckSettings(), lineCount: 0)
            return
        }
        guard let close = lines.indices.dropFirst().first(where: { ["---", "..."].contains(Self.trimmed(lines[$0])) })
        else { throw .unclosedFrontMatter(path: path) }
        let yaml = YAMLDocument(path: path, firstLine: 2)
        let root = try yaml.root(of: lines[1..<close].joined(separator: "\n"))
        guard let root, root.null == nil else {
            self.init(title: nil, check: CheckSettings(), lineCount: close + 1)
            return
        }
        guard root.mapping != nil else { throw yaml.error("front matter must be a mapping of keys to values", at: root) }
        var title: String?
        if let node = root["title"] { title = try yaml.title(node) }
        var check = CheckSettings()
        if let node = root["check"] { check = try yaml.checkSettings(node) }
        self.init(title: title, check: check, lineCount: close + 1)
    }

    /// Creates front matter from its parts.
    init(title: String?, check: CheckSettings, lineCount: Int) {
        self.title = title
        self.check = check
        self.lineCount = lineCount
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

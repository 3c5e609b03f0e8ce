/// A parsed notebook: front matter, then prose and code cells in file order.
///
/// The executor fills in each code cell's `status` and `outputs`; reports and the snapshot checker only read them.
public struct Notebook: Hashable, Sendable {
    /// The notebook's path as the user gave it (used in diagnostics).
    public var path: String
    /// The `title:` of the front matter, or nil.
    public var title: String?
    /// Prose and code cells in file order.
    public var blocks: [Block]
    /// The front matter's `check:` settings for snapshot checks.
    public var check: CheckSettings

    /// Creates a notebook.
    public init(path: String, title: String?, blocks: [Block], check: CheckSettings = CheckSettings()) {
        self.path = path
        self.title = title
        self.blocks = blocks
        self.check = check
    }

    /// The file name without directories and without the `.md` extension (`gradient_tape`).
    public var name: String {
        let file = path.split(separator: "/").last.map(String.init) ?? path
        return file.hasSuffix(".md") ? String(file.dropLast(3)) : file
    }

    /// The file name without directories (`gradient_tape.md`), used as the prefix of diagnostics.
    public var fileName: String { path.split(separator: "/").last.map(String.init) ?? path }

    /// The code cells in order.
    public var codeCells: [CodeCell] {
        blocks.compactMap { if case .code(let cell) = $0 { cell } else { nil } }
    }
}

/// One top-level part of a notebook.
public enum Block: Hashable, Sendable {
    /// Markdown that is only shown.
    case prose(Prose)
    /// A ```` ```swift ```` cell.
    case code(CodeCell)
}

/// A run of prose blocks between code cells, with its HTML rendered by cmark.
public struct Prose: Hashable, Sendable {
    /// The HTML cmark rendered (raw HTML dropped unless `--unsafe-html`).
    public var html: String
    /// The headings in this prose, for the table of contents.
    public var headings: [Heading]
    /// The first line of the prose in the notebook file.
    public var startLine: Int
    /// The last line of the prose in the notebook file.
    public var endLine: Int
    /// The prose's Markdown source (file lines `startLine...endLine`), for the ipynb snapshot.
    public var markdown: String

    /// Creates a prose block.
    public init(html: String, headings: [Heading], startLine: Int, endLine: Int, markdown: String = "") {
        self.html = html
        self.headings = headings
        self.startLine = startLine
        self.endLine = endLine
        self.markdown = markdown
    }
}

/// A Markdown heading, with the anchor its rendered HTML carries as `id`.
public struct Heading: Hashable, Sendable {
    /// 1 for `#`, 2 for `##`, …
    public var level: Int
    /// The heading's plain text.
    public var text: String
    /// The `id` of the heading element, unique within the notebook.
    public var anchor: String

    /// Creates a heading.
    public init(level: Int, text: String, anchor: String) {
        self.level = level
        self.text = text
        self.anchor = anchor
    }
}

/// A Swift code cell: its source, where it stands in the file, its options and, once run, its outputs.
public struct CodeCell: Hashable, Sendable {
    /// The code between the fences, ending with a newline.
    public var source: String
    /// The cell options from the info string.
    public var options: CellOptions
    /// The line of the opening fence.
    public var fenceLine: Int
    /// The notebook line of the code's first line (`fenceLine + 1`); code line k is at `firstCodeLine + k - 1`.
    public var firstCodeLine: Int
    /// The line of the closing fence (or the last line of the file when the fence is not closed).
    public var endLine: Int
    /// How running the cell went.
    public var status: CellStatus
    /// What the cell printed and showed, and its error, in order.
    public var outputs: [CellOutput]
    /// Seconds the cell took; recorded only when the user asks for timings (reports stay deterministic otherwise).
    public var duration: Double?

    /// Creates a cell that has not run yet.
    public init(source: String, options: CellOptions, fenceLine: Int, endLine: Int) {
        self.source = source
        self.options = options
        self.fenceLine = fenceLine
        self.firstCodeLine = fenceLine + 1
        self.endLine = endLine
        self.status = .pending
        self.outputs = []
        self.duration = nil
    }

    /// The cell's source lines, without the final newline.
    public var sourceLines: [Substring] {
        var lines = source.split(separator: "\n", omittingEmptySubsequences: false)
        if lines.last == "" { lines.removeLast() }
        return lines
    }
}

/// How running a code cell went.
public enum CellStatus: String, Hashable, Sendable {
    /// Not run yet.
    case pending
    /// Ran without error.
    case succeeded
    /// Failed (and was not `raises`), or was `raises` and did not fail.
    case failed
    /// A `raises` cell that failed, as expected.
    case failedAsExpected
    /// A `skip` cell: shown, never run.
    case skipped
    /// Not run because an earlier cell failed.
    case notRun
}

import NotebookFormat

/// One notebook's line in a folder run's `index.html`.
public struct IndexEntry: Hashable, Sendable {
    /// The report's title (see `HTMLReport.title(of:)`).
    public var title: String
    /// The link to the report, relative to the index (`gradient_tape.html`).
    public var href: String
    /// The notebook's file name, shown beside the title.
    public var fileName: String
    /// How many code cells the notebook has.
    public var cellCount: Int
    /// How many cells failed unexpectedly.
    public var failures: Int
    /// How many cells did not run because of an earlier failure.
    public var notRun: Int

    /// Creates an entry from its parts.
    public init(title: String, href: String, fileName: String, cellCount: Int, failures: Int, notRun: Int = 0) {
        self.title = title
        self.href = href
        self.fileName = fileName
        self.cellCount = cellCount
        self.failures = failures
        self.notRun = notRun
    }

    /// Creates the entry of an executed notebook.
    ///
    /// - Parameters:
    ///   - notebook: The notebook after it ran.
    ///   - href: The link to its report, relative to the index.
    public init(notebook: Notebook, href: String) {
        let summary = RunSummary(notebook)
        self.init(
            title: HTMLReport.title(of: notebook), href: href, fileName: notebook.fileName,
            cellCount: summary.cells, failures: summary.failed, notRun: summary.notRun)
    }
}

/// The table of reports on the index page.
struct IndexTable {
    let entries: [IndexEntry]

    var node: HTMLNode {
        let head = HTMLNode.el("tr", [], ["Notebook", "File", "Cells", "Failures", "Not run"].map {
            .el("th", [], [.text($0)])
        })
        let rows = entries.map { entry in
            HTMLNode.el("tr", [("class", entry.failures > 0 ? "failed" : "passed")], [
                .el("td", [], [.el("a", [("href", entry.href)], [.text(entry.title)])]),
                .el("td", [("class", "file")], [.text(entry.fileName)]),
                .el("td", [("class", "count")], [.text(String(entry.cellCount))]),
                .el("td", [("class", "count")], [.text(String(entry.failures))]),
                .el("td", [("class", "count")], [.text(String(entry.notRun))]),
            ])
        }
        return .el("table", [("class", "index")], [.el("thead", [], [head]), .el("tbody", [], rows)])
    }
}

import NotebookFormat

/// The snapshot review page, `DIR/.check/index.html` (COURSE.md §2): a summary, then per differing cell its
/// text diff or its expected, actual and difference charts with a slider between expected and actual.
///
/// Self-contained like the reports (inline CSS and script, charts as data URIs), so it works from
/// `file://`; every notebook text reaches it through `HTMLNode.text`, so a printed `<script>` stays text.
public enum ReviewPage {
    /// The complete review page for `checks`.
    ///
    /// - Parameter checks: One entry per notebook and obsolete snapshot, in run order.
    /// - Returns: The HTML document.
    public static func render(_ checks: [NotebookCheck]) -> String {
        let failing = checks.filter { !$0.passed }
        var body: [HTMLNode] = [
            .el("header", [("class", "report-header")], [
                .el("h1", [("class", "title")], [.text("Snapshot review")]),
                .el("p", [("class", "subtitle")], [.text(summary(checks))]),
                .el("ul", [("class", "review-index")], checks.map(indexItem)),
            ]),
        ]
        body.append(.el("main", [], failing.map(section)))
        body.append(.el("footer", [], [.text("Accept the new outputs with nbrun --update; fix the notebook otherwise.")]))
        return HTMLReport.page(title: "Snapshot review", body: body, css: ReportStyle.css + ReviewStyle.css,
                               script: ReviewStyle.script)
    }

    /// The anchor of a notebook's section, for links from the terminal.
    ///
    /// - Parameter check: The notebook's check.
    public static func anchor(_ check: NotebookCheck) -> String {
        "nb-" + String(check.fileName.unicodeScalars.map { scalar -> Character in
            let allowed = ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || ("0"..."9").contains(scalar)
            return allowed ? Character(scalar) : "-"
        })
    }

    /// The anchor of one differing cell.
    public static func anchor(_ check: NotebookCheck, cell: CellDifference) -> String {
        anchor(check) + "-cell-\(cell.cellIndex)"
    }

    /// `3 notebooks: 1 match, 1 differs, 1 missing`.
    static func summary(_ checks: [NotebookCheck]) -> String {
        var counts: [(String, Int)] = []
        for word in ["match", "differ", "missing", "unreadable", "obsolete"] {
            let count = checks.filter { state($0) == word }.count
            if count > 0 { counts.append((word, count)) }
        }
        let parts = counts.map { word, count in
            switch word {
            case "match": "\(count) \(count == 1 ? "matches" : "match")"
            case "differ": "\(count) \(count == 1 ? "differs" : "differ")"
            default: "\(count) \(word)"
            }
        }
        return "\(checks.count) notebook\(checks.count == 1 ? "" : "s") checked: " + parts.joined(separator: ", ")
    }

    private static func state(_ check: NotebookCheck) -> String {
        switch check.outcome {
        case .matches: "match"
        case .differs: "differ"
        case .missing: "missing"
        case .unreadable: "unreadable"
        case .obsolete: "obsolete"
        }
    }

    private static func indexItem(_ check: NotebookCheck) -> HTMLNode {
        let badge = HTMLNode.el("span", [("class", "badge " + (check.passed ? "ok" : "bad"))], [.text(state(check))])
        let name: HTMLNode = check.passed
            ? .text(check.fileName)
            : .el("a", [("href", "#" + anchor(check))], [.text(check.fileName)])
        return .el("li", [], [badge, .text(" "), name])
    }

    private static func section(_ check: NotebookCheck) -> HTMLNode {
        var children: [HTMLNode] = [
            .el("h2", [], [.text(check.fileName)]),
            .el("p", [("class", "verdict")], [.text(check.verdict)]),
        ]
        children += check.differences.map { cellView($0, check: check) }
        return .el("section", [("class", "review-notebook"), ("id", anchor(check))], children)
    }

    private static func cellView(_ difference: CellDifference, check: NotebookCheck) -> HTMLNode {
        var children: [HTMLNode] = [
            .el("h3", [], [.text("Cell \(difference.cellIndex) at \(check.fileName):\(difference.fenceLine)")]),
        ]
        for item in difference.items {
            switch item {
            case .text(let diff): children.append(diffView(diff))
            case .note(let note): children.append(.el("p", [("class", "note")], [.text(note)]))
            case .chart(let chart):
                children.append(ChartReview(chart: chart, cell: "\(check.fileName):\(difference.fenceLine)").node)
            }
        }
        return .el("div", [("class", "review-cell"), ("id", anchor(check, cell: difference))], children)
    }

    /// A unified diff with removed and added lines marked for colour.
    private static func diffView(_ lines: [String]) -> HTMLNode {
        .el("pre", [("class", "diff")], lines.map { line in
            let kind = line.hasPrefix("-") ? "del" : line.hasPrefix("+") ? "ins" : "ctx"
            return .el("span", [("class", kind)], [.text(line + "\n")])
        })
    }
}

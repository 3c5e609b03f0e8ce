import NotebookFormat

/// The HTML of one code cell: a head with its notebook location and status, the highlighted code
/// with notebook line numbers, and its outputs.
struct CellView {
    let cell: CodeCell
    /// The notebook's file name, for the `file.md:LINE` label and error locations.
    let fileName: String
    let options: ReportOptions

    /// The anchor of the cell: `L` and its fence line. Heading anchors are always lowercase, so they never clash.
    var anchor: String { "L\(cell.fenceLine)" }

    var node: HTMLNode {
        var children = [head]
        if !cell.options.hideCode, !cell.source.isEmpty { children.append(code) }
        let outputs = visibleOutputs
        if !outputs.isEmpty {
            let views = outputs.map { OutputView(output: $0, fileName: fileName, expected: cell.status == .failedAsExpected).node }
            children.append(.el("div", [("class", "outputs")], views))
        }
        return .el("section", [("class", "cell \(statusClass)"), ("id", anchor)], children)
    }

    /// `hide-output` hides what the cell printed and showed, but never the error of a cell that
    /// failed unexpectedly: the reader must be able to see why the run stopped.
    private var visibleOutputs: [CellOutput] {
        guard cell.options.hideOutput else { return cell.outputs }
        guard cell.status == .failed else { return [] }
        return cell.outputs.filter { if case .error = $0 { true } else { false } }
    }

    private var statusClass: String {
        switch cell.status {
        case .pending, .notRun: "not-run"
        case .succeeded: "succeeded"
        case .failed: "failed"
        case .failedAsExpected: "expected-failure"
        case .skipped: "skipped"
        }
    }

    private var head: HTMLNode {
        var items: [HTMLNode] = [
            .el("a", [("class", "loc"), ("href", "#\(anchor)")], [.text("\(fileName):\(cell.fenceLine)")]),
        ]
        if let badge = statusBadge {
            items.append(.el("span", [("class", "badge \(badge.style)")], [.text(badge.label)]))
        }
        for word in cell.options.fenceWords where word != "skip" {
            items.append(.el("span", [("class", "badge option")], [.text(word)]))
        }
        if options.showTimings, let duration = cell.duration {
            items.append(.el("span", [("class", "timing")], [.text(DurationFormat.string(duration))]))
        }
        return .el("div", [("class", "cell-head")], items)
    }

    private var statusBadge: (label: String, style: String)? {
        switch cell.status {
        case .succeeded: nil
        case .failed: ("failed", "bad")
        case .failedAsExpected: ("raised as expected", "warn")
        case .skipped: ("skipped", "muted")
        case .notRun, .pending: ("not run", "muted")
        }
    }

    /// Line numbers of the notebook file beside the highlighted code (kept out of copy and paste).
    private var code: HTMLNode {
        let count = cell.sourceLines.count
        let numbers = (0..<count).map { String(cell.firstCodeLine + $0) }.joined(separator: "\n")
        return .el("div", [("class", "code")], [
            .el("pre", [("class", "gutter"), ("aria-hidden", "true")], [.text(numbers)]),
            .el("pre", [("class", "source")], [.el("code", [("class", "language-swift")], SwiftHighlighter.highlight(cell.source))]),
        ])
    }
}

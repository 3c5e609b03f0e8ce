/// The run summary under the title: cells run, failed, skipped and not run, as small pills.
struct SummaryView {
    let summary: RunSummary
    let showTimings: Bool

    var node: HTMLNode {
        var pills = [
            pill("\(summary.cells) cell\(summary.cells == 1 ? "" : "s")", style: "total"),
            pill("\(summary.ran) ran", style: "ok"),
            pill("\(summary.failed) failed", style: summary.failed > 0 ? "bad" : "muted"),
        ]
        if summary.expectedFailures > 0 {
            pills.append(pill("\(summary.expectedFailures) raised as expected", style: "warn"))
        }
        pills.append(pill("\(summary.skipped) skipped", style: "muted"))
        pills.append(pill("\(summary.notRun) not run", style: summary.notRun > 0 ? "warn" : "muted"))
        if showTimings, let duration = summary.duration {
            pills.append(pill("\(DurationFormat.string(duration)) total", style: "muted"))
        }
        return .el("div", [("class", "summary")], pills)
    }

    private func pill(_ text: String, style: String) -> HTMLNode {
        .el("span", [("class", "pill \(style)")], [.text(text)])
    }
}

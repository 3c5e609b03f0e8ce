import Execution
import Foundation
import HTMLReport
import NotebookFormat

/// The lines nbrun prints on stderr while it runs.
enum ProgressLine {
    /// `gradient_tape.md:42: cell 3 ok (0.01 s)`.
    static func cell(_ progress: CellProgress, file: String) -> String {
        let word = switch progress.status {
        case .succeeded: "ok"
        case .failed: "FAILED"
        case .failedAsExpected: "raised as expected"
        case .skipped: "skipped"
        case .notRun: "not run"
        case .pending: "pending"
        }
        let ran = progress.status != .skipped && progress.status != .notRun
        let time = ran ? String(format: " (%.2f s)", progress.seconds) : ""
        return "\(file):\(progress.fenceLine): cell \(progress.index) \(word)\(time)"
    }

    /// `gradient_tape.md: 14 cells, 0 failed, 0.21 s`.
    static func summary(_ summary: RunSummary, file: String, seconds: Double) -> String {
        var parts = ["\(summary.cells) cells", "\(summary.failed) failed"]
        if summary.skipped > 0 { parts.append("\(summary.skipped) skipped") }
        if summary.notRun > 0 { parts.append("\(summary.notRun) not run") }
        return "\(file): " + parts.joined(separator: ", ") + String(format: ", %.2f s", seconds)
    }
}

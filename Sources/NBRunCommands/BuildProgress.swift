import Course
import Foundation

/// Turns a course build's events into stderr lines and prints the summary line.
public enum BuildProgress {
    /// The lines of one event, joined, so a chapter's lines stay together when chapters run in parallel.
    public static func lines(_ event: BuildEvent) -> String {
        switch event {
        case .ran(let path, let cells, let summary, let seconds):
            (cells.map { ProgressLine.cell($0, file: path) } + [ProgressLine.summary(summary, file: path, seconds: seconds)])
                .joined(separator: "\n")
        case .cached(let path):
            "\(path): from cache"
        case .warning(let message):
            "nbrun: warning: \(message)"
        }
    }

    /// `course: 9 chapters, 2 ran, 7 from cache, 0 failed, 0.41 s`.
    static func summary(_ runs: [ChapterRun], seconds: Double) -> String {
        let cached = runs.filter { $0.state == .cached }.count
        let failed = runs.filter { $0.state == .failed }.count
        return "course: \(runs.count) chapters, \(runs.count - cached) ran, \(cached) from cache, \(failed) failed, "
            + String(format: "%.2f s", seconds)
    }
}

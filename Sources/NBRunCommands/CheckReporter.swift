import Execution
import Foundation
import HTMLReport
import NotebookFormat

/// Tells what a snapshot check found, for `nbrun --check` and `nbrun build --check` alike: each differing
/// cell on stdout with a link into the review page, each notebook's verdict on stderr, the review page
/// `DIR/.check/index.html` and, when asked, a JUnit XML report (COURSE.md §2).
struct CheckReporter {
    /// The folder whose snapshots were checked; the review page goes into its `.check/`.
    var outputDirectory: String
    /// Where to write a JUnit XML report, if anywhere.
    var junitPath: String?
    var console: Console

    /// The review page's path, `DIR/.check/index.html`.
    var reviewPath: String {
        ((outputDirectory as NSString).appendingPathComponent(".check") as NSString)
            .appendingPathComponent("index.html")
    }

    private var reviewURL: String { URL(fileURLWithPath: reviewPath).absoluteString }

    /// Prints a notebook's verdict on stderr and its differing cells, each with a link into the review page,
    /// on stdout.
    func report(_ result: NotebookCheck) {
        for difference in result.differences {
            console.output(difference.report(file: result.fileName))
            console.output("    review: \(reviewURL)#\(ReviewPage.anchor(result, cell: difference))")
        }
        console.error(result.verdict)
    }

    /// Says that the snapshot of a differing, missing or unreadable notebook was written anew (`--update`).
    func reportRewritten(_ result: NotebookCheck) {
        let change = switch result.outcome {
        case .missing: "created"
        case .differs(let cells): "updated (\(cells.count) \(cells.count == 1 ? "cell" : "cells") differed)"
        default: "replaced"
        }
        console.error("\(result.snapshotPath): \(change)")
    }

    /// Deletes an obsolete snapshot and its HTML page and says so (`--update`).
    /// - Returns: false when it could not be deleted (the error is printed).
    func removeObsolete(_ obsolete: NotebookCheck) -> Bool {
        let html = String(obsolete.snapshotPath.dropLast(".ipynb".count)) + ".html"
        do {
            try FileManager.default.removeItem(atPath: obsolete.snapshotPath)
            if FileManager.default.fileExists(atPath: html) { try FileManager.default.removeItem(atPath: html) }
            console.error("\(obsolete.snapshotPath): removed (obsolete, \(obsolete.fileName) no longer exists)")
            return true
        } catch {
            console.error("nbrun: \(error)")
            return false
        }
    }

    /// Writes the review page (or removes a stale one when nothing failed) and the JUnit report.
    /// - Parameter checks: Every notebook's result; pass none after an update, when nothing is left to review.
    /// - Returns: false when a file could not be written (the error is printed).
    func finish(_ checks: [NotebookCheck], junit: [NotebookCheck]) -> Bool {
        var written = writeReview(checks)
        if let junitPath {
            do {
                try ReportFile.write(JUnitReport.xml(junit), to: junitPath)
            } catch {
                console.error("nbrun: \(error)")
                written = false
            }
        }
        return written
    }

    private func writeReview(_ checks: [NotebookCheck]) -> Bool {
        guard checks.contains(where: { !$0.passed }) else {
            try? FileManager.default.removeItem(atPath: reviewPath)
            return true
        }
        do {
            try ReportFile.write(ReviewPage.render(checks), to: reviewPath)
            console.error("review: \(reviewURL)")
            return true
        } catch {
            console.error("nbrun: \(error)")
            return false
        }
    }
}

import Course
import Execution
import Foundation
import NotebookFormat

/// `nbrun build --check`: each chapter's fresh outputs against its committed `OUT/<stem>.ipynb`.
///
/// The comparison itself is Execution's `SnapshotComparison`, in one call, so that a richer checker
/// can take its place without touching the build.
struct CourseCheck {
    var outputDirectory: String
    var console: Console

    /// Compares every chapter and prints what differs; writes nothing.
    /// - Returns: true when every chapter matches its snapshot.
    func check(_ runs: [ChapterRun]) -> Bool {
        var matches = true
        for run in runs {
            let fresh = run.instructor
            let snapshotPath = (outputDirectory as NSString).appendingPathComponent(run.chapter.stem + ".ipynb")
            guard let data = FileManager.default.contents(atPath: snapshotPath) else {
                console.error("nbrun: \(snapshotPath): no snapshot to check against (run nbrun build without --check first)")
                matches = false
                continue
            }
            do {
                let stored = try NotebookSnapshot.read(ipynb: String(decoding: data, as: UTF8.self))
                let differences = SnapshotComparison.differences(fresh: fresh, stored: stored)
                for difference in differences { console.output(difference.report(file: run.chapter.path)) }
                if !differences.isEmpty { matches = false }
                let verdict = differences.isEmpty ? "matches" : "\(differences.count) cells differ from"
                console.error("\(run.chapter.path): \(verdict) \(snapshotPath)")
            } catch {
                console.error("nbrun: \(snapshotPath): \(error)")
                matches = false
            }
        }
        return matches
    }
}

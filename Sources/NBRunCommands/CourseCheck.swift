import Course
import Execution
import NotebookFormat

/// `nbrun build --check`: each chapter's fresh outputs against its committed `OUT/<stem>.ipynb`, with the
/// same comparison, terminal report, review page and JUnit report as `nbrun --check`; a snapshot in `OUT`
/// that belongs to no chapter is obsolete and fails. Writes no snapshot.
struct CourseCheck {
    var outputDirectory: String
    var junitPath: String?
    var console: Console

    /// Compares every chapter, reports what differs and writes the review page.
    /// - Returns: true when every chapter matches its snapshot and no snapshot is obsolete.
    func check(_ runs: [ChapterRun]) -> Bool {
        let checker = SnapshotChecker(snapshotDirectory: outputDirectory)
        let reporter = CheckReporter(outputDirectory: outputDirectory, junitPath: junitPath, console: console)
        var checks = runs.map { checker.check($0.instructor) }
        checks.forEach(reporter.report)
        let obsolete = checker.obsoleteSnapshots(notebookNames: Set(runs.map(\.chapter.stem)))
        obsolete.forEach { console.error($0.verdict) }
        checks += obsolete
        let written = reporter.finish(checks, junit: checks)
        return written && checks.allSatisfy(\.passed)
    }
}

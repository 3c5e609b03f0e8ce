import Course
import Execution
import NotebookFormat

/// `nbrun build --check` and `--update`: each chapter's fresh outputs against its committed
/// `OUT/<stem>.ipynb`, with the same comparison, terminal report, review page and JUnit report as
/// `nbrun --check`; a snapshot in `OUT` that belongs to no chapter is obsolete. A check writes no
/// snapshot and fails on any difference; an update writes the site and removes obsolete snapshots.
struct CourseCheck {
    var outputDirectory: String
    var junitPath: String?
    var console: Console

    private var checker: SnapshotChecker { SnapshotChecker(snapshotDirectory: outputDirectory) }
    private var reporter: CheckReporter {
        CheckReporter(outputDirectory: outputDirectory, junitPath: junitPath, console: console)
    }

    /// Compares every chapter, reports what differs and writes the review page.
    /// - Returns: true when every chapter matches its snapshot and no snapshot is obsolete.
    func check(_ runs: [ChapterRun]) -> Bool {
        var checks = runs.map { checker.check($0.instructor) }
        checks.forEach(reporter.report)
        let obsolete = checker.obsoleteSnapshots(notebookNames: Set(runs.map(\.chapter.stem)))
        obsolete.forEach { console.error($0.verdict) }
        checks += obsolete
        let written = reporter.finish(checks, junit: checks)
        return written && checks.allSatisfy(\.passed)
    }

    /// Writes the site with `writeSite`, says which chapters' snapshots it created or changed, and removes
    /// the obsolete ones (and a stale review page).
    /// - Returns: false when a file could not be written or removed.
    func update(_ runs: [ChapterRun], writeSite: () throws -> Void) throws -> Bool {
        let checks = runs.map { checker.check($0.instructor) }
        try writeSite()
        checks.filter { !$0.passed }.forEach(reporter.reportRewritten)
        let obsolete = checker.obsoleteSnapshots(notebookNames: Set(runs.map(\.chapter.stem)))
        let removed = obsolete.map(reporter.removeObsolete)
        return reporter.finish([], junit: checks + obsolete) && !removed.contains(false)
    }
}

import ArgumentParser
import Execution
import Foundation
import HTMLReport
import NotebookFormat

/// `nbrun --check` and `nbrun --update`: runs the notebooks, compares them with their snapshots, prints
/// what differs and writes the review page (check), or rewrites what differs (update) (COURSE.md §2).
struct SnapshotSession {
    /// Runs, loads and writes like a plain run.
    var run: RunSession
    /// Rewrite differing and missing snapshots and remove obsolete ones instead of failing on them.
    var update: Bool
    /// Where to write a JUnit XML report, if anywhere.
    var junitPath: String?

    private var console: Console { run.console }
    private var checker: SnapshotChecker { SnapshotChecker(snapshotDirectory: run.outputDirectory) }
    private var reporter: CheckReporter {
        CheckReporter(outputDirectory: run.outputDirectory, junitPath: junitPath, console: console)
    }

    /// Checks (or updates) every notebook; in a folder run, also the snapshots no notebook claims.
    /// - Returns: 0 all match (or all updated), 1 a difference, missing or obsolete snapshot or a failed
    ///   cell, 2 an unreadable input or an unwritable file.
    func check(_ inputs: [NotebookInput]) -> ExitCode {
        var status = ExitStatus()
        var checks: [NotebookCheck] = []
        for input in inputs {
            guard let notebook = run.load(input.path) else {
                status.record(2)
                continue
            }
            let executed = run.execute(notebook)
            if RunSummary(executed).failed > 0 { status.record(1) }
            let result = checker.check(executed)
            checks.append(result)
            if update {
                if !result.passed { status.record(rewrite(executed, result) ? 0 : 2) }
            } else {
                if !result.passed { status.record(1) }
                reporter.report(result)
            }
        }
        if inputs.contains(where: { $0.folder != nil }) {
            let names = Set(inputs.map { Notebook(path: $0.path, title: nil, blocks: []).name })
            for obsolete in checker.obsoleteSnapshots(notebookNames: names) {
                checks.append(obsolete)
                if update {
                    status.record(remove(obsolete) ? 0 : 2)
                } else {
                    status.record(1)
                    console.error(obsolete.verdict)
                }
            }
        }
        // After an update nothing is left to review, so an earlier page would only mislead.
        status.record(reporter.finish(update ? [] : checks, junit: checks) ? 0 : 2)
        return status.exitCode
    }

    /// Writes the notebook's reports over a differing, missing or unreadable snapshot and says so.
    private func rewrite(_ executed: Notebook, _ result: NotebookCheck) -> Bool {
        guard run.writeReports(executed) else { return false }
        reporter.reportRewritten(result)
        return true
    }

    private func remove(_ obsolete: NotebookCheck) -> Bool {
        reporter.removeObsolete(obsolete)
    }
}

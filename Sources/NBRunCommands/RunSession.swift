import ArgumentParser
import Execution
import Foundation
import HTMLReport
import NotebookFormat

/// Runs the resolved notebooks one after another, each in its own interpreter session, and either writes
/// their reports or checks them against the stored snapshots.
struct RunSession {
    var options: RunOptions
    var outputDirectory: String
    var unsafeHTML: Bool
    var console: Console

    /// Runs every notebook, writes `<name>.html` and `<name>.ipynb` (and `index.html` for folder inputs).
    /// - Returns: 0 all good, 1 a notebook failed, 2 a notebook could not be read.
    func run(_ inputs: [NotebookInput]) -> ExitCode {
        var status = ExitStatus()
        var index: [IndexEntry] = []
        for input in inputs {
            guard let notebook = load(input.path) else {
                status.record(2)
                continue
            }
            let executed = execute(notebook)
            if !writeReports(executed) { status.record(2) }
            let summary = RunSummary(executed)
            if summary.failed > 0 { status.record(1) }
            if input.folder != nil { index.append(IndexEntry(notebook: executed, href: executed.name + ".html")) }
        }
        if !index.isEmpty {
            do {
                try ReportFile.write(HTMLReport.renderIndex(index), to: reportPath("index", "html"))
            } catch {
                console.error("nbrun: \(error)")
                status.record(2)
            }
        }
        return status.exitCode
    }

    /// Writes `<name>.html` and `<name>.ipynb` of an executed notebook.
    /// - Returns: false when a file could not be written (the error is printed).
    func writeReports(_ executed: Notebook) -> Bool {
        let html = HTMLReport.render(executed, options: ReportOptions(showTimings: options.recordTimings))
        do {
            try ReportFile.write(html, to: reportPath(executed.name, "html"))
            try ReportFile.write(NotebookSnapshot.ipynb(executed), to: reportPath(executed.name, "ipynb"))
            return true
        } catch {
            console.error("nbrun: \(error)")
            return false
        }
    }

    func load(_ path: String) -> Notebook? {
        guard let data = FileManager.default.contents(atPath: path) else {
            console.error("nbrun: \(path): cannot be read")
            return nil
        }
        do {
            return try NotebookParser.parse(Array(data), path: path, unsafeHTML: unsafeHTML)
        } catch {
            console.error("\(error)")
            return nil
        }
    }

    func execute(_ notebook: Notebook) -> Notebook {
        let started = ContinuousClock.now
        let runner = NotebookRunner(options: options)
        let executed = runner.run(notebook) { progress in
            console.error(ProgressLine.cell(progress, file: notebook.fileName))
        }
        let seconds = (ContinuousClock.now - started) / .seconds(1)
        console.error(ProgressLine.summary(RunSummary(executed), file: notebook.fileName, seconds: seconds))
        CellDiagnostic.failures(in: executed, file: notebook.fileName, color: console.colorsErrors).forEach(console.error)
        return executed
    }

    func reportPath(_ name: String, _ fileExtension: String) -> String {
        (outputDirectory as NSString).appendingPathComponent("\(name).\(fileExtension)")
    }
}

/// The worst exit status seen so far (2 beats 1 beats 0).
struct ExitStatus {
    private var code: Int32 = 0

    mutating func record(_ newCode: Int32) { code = max(code, newCode) }

    var exitCode: ExitCode { ExitCode(code) }
}

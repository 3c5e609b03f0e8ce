import Foundation
import Interpreter
import NotebookFormat

/// Runs a notebook's code cells in order in one interpreter session and fills in their statuses and outputs.
///
/// The executor only writes outputs into the cells; reports and the snapshot checker read them afterwards.
public struct NotebookRunner {
    private let options: RunOptions

    /// Creates a runner with the given error, time-limit and timing policy.
    public init(options: RunOptions) {
        self.options = options
    }

    /// Runs `notebook` and returns it with every code cell's status and outputs filled in.
    ///
    /// - Parameters:
    ///   - notebook: A freshly parsed notebook.
    ///   - folder: The folder its data paths are relative to and confined in; the folder of
    ///     `notebook.path` unless given (a course names chapters relative to the course folder).
    ///   - progress: Called after each code cell (run, skipped or not run), in order.
    /// - Returns: The executed notebook.
    public func run(_ notebook: Notebook, folder: URL? = nil, progress: (CellProgress) -> Void = { _ in }) -> Notebook {
        var executed = notebook
        let collector = OutputCollector()
        let folder = folder ?? URL(fileURLWithPath: notebook.path).deletingLastPathComponent()
        let session = RuntimeSession(collector: collector, folder: folder)
        var stopped = false
        var cellIndex = 0
        for blockIndex in executed.blocks.indices {
            guard case .code(var cell) = executed.blocks[blockIndex] else { continue }
            cellIndex += 1
            let started = ContinuousClock.now
            if cell.options.skip {
                cell.status = .skipped
            } else if stopped {
                cell.status = .notRun
            } else {
                run(&cell, in: session, collecting: collector)
                stopped = !ErrorPolicy.continues(after: cell.status, allowErrors: options.allowErrors)
            }
            let seconds = (ContinuousClock.now - started) / .seconds(1)
            if options.recordTimings, cell.status != .skipped, cell.status != .notRun {
                cell.duration = seconds
            }
            executed.blocks[blockIndex] = .code(cell)
            progress(CellProgress(index: cellIndex, fenceLine: cell.fenceLine, status: cell.status, seconds: seconds))
        }
        return executed
    }

    private func run(_ cell: inout CodeCell, in session: RuntimeSession, collecting collector: OutputCollector) {
        let timeout = cell.options.timeout ?? options.defaultTimeout
        let diagnostics = session.interpreter.run(cell.source, timeLimit: .seconds(timeout),
                                                  output: collector.write)
        var errors = diagnostics.map { DiagnosticMapping.cellError($0, in: cell) }
        if let figureError = session.showOpenFigures() { errors.append(figureError) }
        var outputs = collector.take()
        outputs += errors.map(CellOutput.error)
        let decision = ErrorPolicy.status(raises: cell.options.raises, error: errors.first)
        if let extra = decision.extraError {
            var located = extra
            located.location = SourceLocation(line: cell.fenceLine, column: 1)
            outputs.append(.error(located))
        }
        cell.outputs = outputs
        cell.status = decision.status
    }
}

import Foundation
import Interpreter
import NotebookFormat

/// One notebook session driven a cell at a time from outside, as a Jupyter kernel drives it: the same
/// runtime, bindings and limits as `NotebookRunner`, with state carried from one `run` to the next.
public final class InteractiveSession: @unchecked Sendable {
    private let collector = OutputCollector()
    private let session: RuntimeSession
    private let defaultTimeout: Double

    /// Starts a session whose cells get `defaultTimeout` seconds each, like `nbrun --timeout`.
    /// - Parameter folder: the folder data paths (`readCSV`) are relative to and confined in: the notebook's
    ///   own, which is where Jupyter starts a kernel, so the current directory unless given.
    public init(
        defaultTimeout: Double = RunOptions().defaultTimeout,
        folder: URL = URL(fileURLWithPath: FileManager.default.currentDirectoryPath, isDirectory: true)
    ) {
        self.session = RuntimeSession(collector: collector, folder: folder)
        self.defaultTimeout = defaultTimeout
    }

    /// What one cell did.
    public struct CellRun: Sendable {
        /// Printed text and shown charts, in order (the error is not among them).
        public var outputs: [CellOutput]
        /// The value of the cell's last expression as Swift's REPL writes it (strings quoted); nil when the
        /// cell ends with a statement, a declaration or a call without a value, or when it failed.
        public var result: String?
        /// The error that stopped the cell, located in the cell's own lines (line 1 is its first line).
        public var error: CellError?
    }

    /// Runs `source` as the next cell of the session.
    ///
    /// - Parameters:
    ///   - source: the cell's Swift code.
    ///   - timeout: seconds the cell may run; nil for the session's default.
    /// - Returns: The cell's outputs, its last expression's value and its error.
    public func run(_ source: String, timeout: Double? = nil) -> CellRun {
        let cell = CodeCell(source: source, options: CellOptions(), fenceLine: 0, endLine: 0)
        let resultBox = ResultBox()
        let diagnostics = session.interpreter.run(
            source, timeLimit: .seconds(timeout ?? defaultTimeout), output: collector.write,
            result: { resultBox.value = $0.debugDescription })
        var error = diagnostics.first.map { DiagnosticMapping.cellError($0, in: cell) }
        if let figureError = session.showOpenFigures(), error == nil { error = figureError }
        return CellRun(outputs: collector.take(), result: error == nil ? resultBox.value : nil, error: error)
    }

    /// Stops the running cell, as its time limit would (its error says it was interrupted); later cells
    /// run normally. Safe to call from any thread.
    public func interrupt() {
        session.interpreter.interrupt()
    }
}

/// Holds the last expression's text, written on the evaluation thread while `run` waits for it.
private final class ResultBox: @unchecked Sendable {
    var value: String?
}

import Interpreter
import NotebookFormat

/// Turns the interpreter's cell-relative diagnostics into errors located in the notebook file.
enum DiagnosticMapping {
    /// Maps one diagnostic of `cell` to a `CellError` at its notebook line, with that line's text for the caret.
    static func cellError(_ diagnostic: Diagnostic, in cell: CodeCell) -> CellError {
        let lines = cell.sourceLines
        let index = diagnostic.line - 1
        let sourceLine = lines.indices.contains(index) ? String(lines[index]) : nil
        let location = SourceLocation(line: cell.firstCodeLine + index, column: max(1, diagnostic.column))
        return CellError(kind: kind(of: diagnostic.phase), message: diagnostic.message,
                         location: location, sourceLine: sourceLine)
    }

    private static func kind(of phase: Diagnostic.Phase) -> CellError.Kind {
        switch phase {
        case .parse, .semantic: .compile
        case .runtime: .runtime
        case .timeout: .timeout
        }
    }
}

import NotebookFormat

/// A failed cell's error as swiftc and pytest show one: `file.md:42:9: error: message`, the source line,
/// and a caret under the column; bold location, red `error:` and a green caret when colours are on.
enum CellDiagnostic {
    /// The diagnostics of every failed cell of an executed notebook, in cell order.
    /// - Parameters:
    ///   - executed: The notebook after its run.
    ///   - file: The notebook's file name as progress lines give it.
    ///   - color: Whether to add ANSI colours.
    static func failures(in executed: Notebook, file: String, color: Bool) -> [String] {
        executed.codeCells.filter { $0.status == .failed }.flatMap { cell in
            cell.outputs.compactMap { output in
                if case .error(let error) = output { text(error, file: file, color: color) } else { nil }
            }
        }
    }

    /// The diagnostic lines for `error` in the notebook file `file`.
    ///
    /// - Parameters:
    ///   - error: The cell's error.
    ///   - file: The notebook's file name.
    ///   - color: Whether to add ANSI colours.
    static func text(_ error: CellError, file: String, color: Bool) -> String {
        let plain = error.formatted(file: file)
        guard color else { return plain }
        var lines = plain.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if let marker = lines[0].range(of: ": error: ") {
            let location = String(lines[0][..<marker.lowerBound])
            let message = String(lines[0][marker.upperBound...])
            lines[0] = "\(bold)\(location): \(red)error: \(reset)\(bold)\(message)\(reset)"
        }
        if lines.count == 3 { lines[2] = "\(green)\(lines[2])\(reset)" }
        return lines.joined(separator: "\n")
    }

    private static let bold = "\u{1B}[1m"
    private static let red = "\u{1B}[1;31m"
    private static let green = "\u{1B}[1;32m"
    private static let reset = "\u{1B}[0m"
}

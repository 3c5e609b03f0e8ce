import Foundation
@testable import Interpreter

/// One conformance script: its cells and what it expects.
///
/// Format (Crafting Interpreters style):
/// - `// expect: TEXT` — the next line of printed output (checked in order);
/// - `// expect runtime error: LINE:COL: MESSAGE` — the run stops with this run-time error;
/// - `// expect error: LINE:COL: MESSAGE` — the cell is rejected before running (parse or semantic);
/// - `// expect timeout` — the run is stopped by the time limit;
/// - a line `// cell` starts a new cell of the same session (lines keep counting from the file start,
///   and expected positions are file lines);
/// - `// nbrun-deviation: REASON` — output deliberately differs from swiftc (the golden generator skips it).
struct ConformanceScript {
    var name: String
    var cells: [(firstLine: Int, source: String)]
    var expectedOutput: [String]
    var expectedError: String?
    var expectsTimeout: Bool

    init(name: String, text: String) {
        self.name = name
        var cells: [(Int, String)] = []
        var current: [String] = []
        var firstLine = 1
        var output: [String] = []
        var error: String?
        var timeout = false
        let lines = text.components(separatedBy: "\n")
        for (i, line) in lines.enumerated() {
            if line.trimmingCharacters(in: .whitespaces) == "// cell" {
                cells.append((firstLine, current.joined(separator: "\n")))
                current = []
                firstLine = i + 2
                continue
            }
            current.append(line)
            if let r = line.range(of: "// expect: ") {
                output.append(String(line[r.upperBound...]))
            } else if line.hasSuffix("// expect:") {
                output.append("")
            } else if let r = line.range(of: "// expect runtime error: ") {
                error = "runtime " + line[r.upperBound...]
            } else if let r = line.range(of: "// expect error: ") {
                error = "error " + line[r.upperBound...]
            } else if line.contains("// expect timeout") {
                timeout = true
            }
        }
        cells.append((firstLine, current.joined(separator: "\n")))
        self.cells = cells
        expectedOutput = output
        expectedError = error
        expectsTimeout = timeout
    }

    /// Runs every cell in one session; returns printed lines and the stopping diagnostic (file-relative).
    func run(session: InterpreterSession = InterpreterSession(), timeLimit: Duration = .seconds(10)) -> (output: [String], error: String?, timedOut: Bool) {
        let collected = OutputBuffer()
        for (firstLine, source) in cells {
            let diagnostics = session.run(source, timeLimit: timeLimit) { collected.append($0) }
            if let d = diagnostics.first {
                let kind = d.phase == .runtime ? "runtime " : "error "
                let text = kind + "\(d.line + firstLine - 1):\(d.column): \(d.message)"
                return (collected.lines, text, d.phase == .timeout)
            }
        }
        return (collected.lines, nil, false)
    }
}

/// Collects printed text (called from the evaluation thread) and splits it into lines.
final class OutputBuffer: @unchecked Sendable {
    private let lock = NSLock()
    private var text = ""

    func append(_ s: String) {
        lock.lock()
        text += s
        lock.unlock()
    }

    var lines: [String] {
        lock.lock()
        defer { lock.unlock() }
        var parts = text.components(separatedBy: "\n")
        if parts.last == "" { parts.removeLast() }
        return parts
    }
}

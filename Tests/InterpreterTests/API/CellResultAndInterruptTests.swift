import Foundation
import Testing
@testable import Interpreter

/// The two hooks a Jupyter kernel needs: the value of a cell's last expression, and interrupting a cell.
@Suite struct CellResultAndInterruptTests {
    let session = InterpreterSession()

    /// Runs `source`, returning its printed text, the last expression's value (if any) and the diagnostics.
    func run(_ source: String) -> (String, String?, [Diagnostic]) {
        let out = OutputBuffer()
        let result = ResultBuffer()
        let diagnostics = session.run(source, timeLimit: .seconds(10), output: { out.append($0) },
                                      result: { result.value = $0.debugDescription })
        return (out.lines.joined(), result.value, diagnostics)
    }

    @Test func theLastExpressionsValueIsHandedOver() {
        #expect(run("let x = 4\nx * 10 + 2").1 == "42")
        #expect(run("\"a\" + \"b\"").1 == "\"ab\"")
        #expect(run("[1, 2].map { $0 * 2 }").1 == "[2, 4]")
        let (out, result, diagnostics) = run("print(x)\nx")
        #expect((out, result, diagnostics) == ("4", "4", []))
    }

    @Test func statementsAssignmentsAndVoidCallsHaveNoValue() {
        _ = run("var xs = [1]\nvar n = 0")
        for cell in ["n = 5", "n += 1", "xs.append(2)", "print(n)", "if n > 0 { n }", "for _ in 0..<2 { }", "let y = 1",
                     "func f() {}\nf()"] {
            let (_, result, diagnostics) = run(cell)
            #expect(diagnostics.isEmpty, "\(cell)")
            #expect(result == nil, "\(cell)")
        }
        #expect(run("n").1 == "6")
        #expect(run("xs").1 == "[1, 2]")
    }

    @Test func aFailingCellHandsNoValueOver() {
        let (_, result, diagnostics) = run("let a = [1]\na[3]")
        #expect(result == nil)
        #expect(diagnostics.map(\.message) == ["Index out of range"])
    }

    @Test func interruptStopsALoopLikeATimeoutAndTheSessionGoesOn() {
        // `interrupt` is documented as safe from any thread; the session type itself is not Sendable.
        nonisolated(unsafe) let running = session
        let interrupter = Thread {
            Thread.sleep(forTimeInterval: 0.2)
            running.interrupt()
        }
        interrupter.start()
        let started = Date()
        let (_, _, diagnostics) = run("var i = 0\nwhile true { i += 1 }")
        #expect(Date().timeIntervalSince(started) < 5)
        #expect(diagnostics.map(\.phase) == [.timeout])
        #expect(diagnostics.map(\.message) == ["cell was interrupted"])
        #expect(diagnostics.first.map { ($0.line, $0.column) } ?? (0, 0) == (2, 1))
        // The next cell runs normally: an interrupt is for the running cell only.
        #expect(run("i > 0").1 == "true")
        session.interrupt()
        #expect(run("i > 0").2.isEmpty)
    }
}

/// The last expression's text, written on the evaluation thread.
final class ResultBuffer: @unchecked Sendable {
    var value: String?
}

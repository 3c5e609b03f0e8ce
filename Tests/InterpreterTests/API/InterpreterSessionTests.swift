import Testing
@testable import Interpreter

/// The session contract the `Execution` target relies on.
@Suite struct InterpreterSessionTests {
    func run(_ session: InterpreterSession, _ source: String, limit: Duration = .seconds(10)) -> ([String], [Diagnostic]) {
        let out = OutputBuffer()
        let diagnostics = session.run(source, timeLimit: limit) { out.append($0) }
        return (out.lines, diagnostics)
    }

    @Test func reportsEveryParseDiagnosticWithPositions() {
        let (_, diags) = run(InterpreterSession(), "let a = (1 +\nlet b = [1, 2")
        #expect(diags.count >= 2)
        #expect(diags.allSatisfy { $0.phase == .parse })
        #expect(diags.first.map { ($0.line, $0.column) }! == (1, 13))
        #expect(diags.contains { $0.line == 2 })
    }

    @Test func semanticErrorsStopTheCellBeforeAnyOutput() {
        let (out, diags) = run(InterpreterSession(), "print(\"first\")\nlet s: String = 1 + 2.5")
        #expect(out.isEmpty)
        #expect(diags == [Diagnostic(phase: .semantic, line: 2, column: 17,
                                     message: "cannot convert value of type 'Double' to specified type 'String'")])
    }

    @Test func failedLoweringDeclaresNothing() {
        let session = InterpreterSession()
        _ = run(session, "let kept = 1")
        let (_, failed) = run(session, "let dropped = 2\nlet bad = nope")
        #expect(failed.first?.phase == .semantic)
        let (_, diags) = run(session, "print(dropped)")
        #expect(diags.first?.message == "cannot find 'dropped' in scope")
        let (out, ok) = run(session, "print(kept)")
        #expect(ok.isEmpty && out == ["1"])
    }

    @Test func runtimeErrorKeepsEarlierOutputAndState() {
        let session = InterpreterSession()
        let (out, diags) = run(session, "var n = 1\nprint(n)\nn = 2\nlet xs = [Int]()\nprint(xs[0])")
        #expect(out == ["1"])
        #expect(diags == [Diagnostic(phase: .runtime, line: 5, column: 7, message: "Index out of range")])
        let (after, _) = run(session, "print(n)")
        #expect(after == ["2"])
    }

    @Test func timeLimitInterruptsLoopsAndRecursion() {
        let session = InterpreterSession()
        let (_, loop) = run(session, "var i = 0\nwhile true { i += 1 }", limit: .milliseconds(200))
        #expect(loop.first?.phase == .timeout)
        #expect(loop.first.map { ($0.line, $0.column) }! == (2, 1))
        let (_, recursion) = run(session, "func f(_ n: Int) -> Int { f(n) + f(n) }\nprint(f(1))", limit: .milliseconds(200))
        #expect(recursion.first?.phase == .timeout || recursion.first?.message == "stack overflow")
        let (out, next) = run(session, "print(\"still usable\")")
        #expect(next.isEmpty && out == ["still usable"])
    }

    @Test func deepRecursionIsALocatedErrorNotACrash() {
        let (_, diags) = run(InterpreterSession(), "func down(_ n: Int) -> Int {\n    return down(n + 1)\n}\n_ = down(0)")
        #expect(diags == [Diagnostic(phase: .runtime, line: 2, column: 12, message: "stack overflow")])
    }

    @Test func emptyAndCommentOnlyCellsSucceed() {
        let session = InterpreterSession()
        #expect(run(session, "").1.isEmpty)
        #expect(run(session, "// just a comment\n/* block */").1.isEmpty)
    }

    @Test func outputArrivesInOrder() {
        let (out, _) = run(InterpreterSession(), "for i in 1...3 { print(i, terminator: i == 3 ? \"\\n\" : \",\") }\nprint(\"done\")")
        #expect(out == ["1,2,3", "done"])
    }

    @Test func longExpressionChainsDoNotExhaustTheStack() {
        let chain = "print(" + Array(repeating: "1", count: 5000).joined(separator: " + ") + ")"
        let (out, diags) = run(InterpreterSession(), chain)
        #expect(diags.isEmpty)
        #expect(out == ["5000"])
    }

    @Test func hostileInputsGiveDiagnosticsNotCrashes() {
        let inputs = [
            "let xs = [1, 2].map(+)",
            "let d = [\"a\": 1]\nprint(d[])",
            "print(String(format: \"%c %*d\", 1, 2))",
            "let r = 0..<Int.max\nprint(Array(r).count)",
            "print(Array(repeating: 0, count: Int.max))",
            "for x in stride(from: 0, to: Int.max, by: 1) { print(x) }",
            "let f = (+)\nprint(f(1))",
            "var x: Int\nprint(x + 1)",
            "print(Int.min / -1)",
            "print(1 & 2.5)",
            "let s = \"abc\"\nprint(s[0])",
            "print(-(-9223372036854775807 - 1))",
            "func f(_ g: (Int) -> Int) -> Int { g(1) }\nprint(f { a, b in a })",
            "print([1][0...5])",
            "print(9999999999999999999)",
        ]
        for input in inputs {
            let (_, diags) = run(InterpreterSession(), input)
            #expect(!diags.isEmpty, "\(input)")
        }
    }
}

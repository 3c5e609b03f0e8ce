import Testing
@testable import Interpreter

/// Square brackets nested past `BracketDepthLimit.maxDepth` made SwiftParser take exponential time
/// (found with the fuzz target: `let x = [[[[…]]]]` 20 deep did not finish in minutes). They are now a
/// located parse error, given before SwiftParser runs; cells run through a session.
@Suite struct BracketDepthLimitTests {
    func run(_ source: String) -> ([String], [Diagnostic]) {
        let out = OutputBuffer()
        let diagnostics = InterpreterSession().run(source, timeLimit: .seconds(10)) { out.append($0) }
        return (out.lines, diagnostics)
    }

    func nested(_ depth: Int, open: String = "[", close: String = "]", inner: String = "1") -> String {
        String(repeating: open, count: depth) + inner + String(repeating: close, count: depth)
    }

    @Test func deepArrayLiteralsAreALocatedError() {
        let (_, diagnostics) = run("let a = 1\nlet x = " + nested(40))
        #expect(diagnostics == [Diagnostic(phase: .parse, line: 2, column: 9 + BracketDepthLimit.maxDepth,
                                           message: "brackets nested more than 12 deep are not supported")])
    }

    /// The other shape the fuzzer's inputs took: types and labelled tuples between the brackets.
    @Test func deepArrayTypesAndTuplesAreALocatedError() {
        let (_, types) = run("let t: " + nested(30, inner: "Int") + " = []")
        #expect(types.first?.message == "brackets nested more than 12 deep are not supported")
        let (_, tuples) = run("f(x: " + nested(30, open: "[(x: ", close: ")]", inner: "()") + ")")
        #expect(tuples.first?.message == "brackets nested more than 12 deep are not supported")
        #expect(tuples.first.map { ($0.line, $0.column) }! == (1, 6 + 5 * BracketDepthLimit.maxDepth))
    }

    @Test func nestingUpToTheLimitStillRuns() {
        let (out, diagnostics) = run("let x = " + nested(BracketDepthLimit.maxDepth) + "\nprint(x)")
        #expect(diagnostics.isEmpty)
        #expect(out == [nested(BracketDepthLimit.maxDepth)])
    }

    @Test func bracketsInStringsAndCommentsDoNotCount() {
        let deep = String(repeating: "[", count: 30)
        let source = "// \(deep)\n/* \(deep) /* nested */ \(deep) */\nlet s = \"\(deep)\\\"\(deep)\"\nprint(s.count)"
        let (out, diagnostics) = run(source)
        #expect(diagnostics.isEmpty)
        #expect(out == ["61"])
    }

    /// A `"` string ends with its line, closed or not (an unclosed one hid every later bracket);
    /// a `"""` string runs to its closing `"""`, over lines.
    @Test func stringsEndWhereSwiftsLexerEndsThem() {
        let deep = String(repeating: "[", count: 13)
        #expect(BracketDepthLimit.check("let a = \"open\nlet b = \(nested(13))").map { ($0.line, $0.column) }! == (2, 21))
        let multiline = "let s = \"\"\"\n\(deep)\n\"quoted\" \(deep)\n\"\"\"\nprint(s.count)"
        #expect(BracketDepthLimit.check(multiline) == nil)
        #expect(run(multiline).0 == ["36"])
        #expect(BracketDepthLimit.check(multiline + "\nlet t = \(nested(13))")?.line == 6)
    }

    /// A carriage return ends a line, and a `//` comment with it, as in Swift's lexer: the brackets
    /// after one count, on the line swift-syntax gives them.
    @Test func aCarriageReturnEndsALineComment() {
        let diagnostic = BracketDepthLimit.check("let a = 1 // note\rlet x = \(nested(13))\r\nprint(x)")
        #expect(diagnostic.map { ($0.line, $0.column) }! == (2, 9 + BracketDepthLimit.maxDepth))
        let (_, diagnostics) = run("// note\rlet x = \(nested(30))")
        #expect(diagnostics == [Diagnostic(phase: .parse, line: 2, column: 9 + BracketDepthLimit.maxDepth,
                                           message: "brackets nested more than 12 deep are not supported")])
    }

    /// Columns count UTF-8 bytes, as swift-syntax's do.
    @Test func theColumnCountsBytes() {
        let diagnostic = BracketDepthLimit.check("let é = " + nested(13))
        #expect(diagnostic.map { ($0.line, $0.column) }! == (1, 10 + BracketDepthLimit.maxDepth))
    }
}

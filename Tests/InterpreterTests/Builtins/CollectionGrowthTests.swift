import Testing
@testable import Interpreter

/// Doubling a string or an array in a loop exhausts memory within a few dozen iterations, before the
/// time limit is read; past `Conversions.maxCount` elements (UTF-8 bytes for strings) growth is a
/// located run-time error instead (found with the fuzz target).
@Suite struct CollectionGrowthTests {
    func run(_ source: String) -> ([String], [Diagnostic]) {
        let out = OutputBuffer()
        let diagnostics = InterpreterSession().run(source, timeLimit: .seconds(20)) { out.append($0) }
        return (out.lines, diagnostics)
    }

    /// The fuzz input `var s = "x"; while true { s += s }`: 2^27 bytes is the first size past the limit.
    @Test func compoundAppendDoublingAStringStops() {
        let (_, diagnostics) = run("var s = \"x\"\nwhile true {\n    s += s\n}")
        #expect(diagnostics.count == 1)
        #expect(diagnostics.first?.phase == .runtime)
        #expect(diagnostics.first.map { ($0.line, $0.column) }! == (3, 7))
        #expect(diagnostics.first?.message == "string of 134217728 bytes is too large")
    }

    @Test func concatenationAndAppendStopAtTheLimit() {
        let (out, plus) = run("var s = String(repeating: \"ab\", count: 30_000_000)\nprint(s.isEmpty)\ns = s + s")
        #expect(out == ["false"])
        #expect(plus.first?.message == "string of 120000000 bytes is too large")
        let (_, append) = run("var s = String(repeating: \"ab\", count: 30_000_000)\ns.append(s)")
        #expect(append.first?.message == "string of 120000000 bytes is too large")
    }

    @Test func stringRepeatingCountsBytesNotRepetitions() {
        let (_, diagnostics) = run("let s = String(repeating: \"abcd\", count: 50_000_000)")
        #expect(diagnostics.first?.message == "string of 200000000 bytes is too large")
        let (out, fits) = run("let s = String(repeating: \"abcd\", count: 25_000_000)\nprint(s.isEmpty)")
        #expect(fits.isEmpty && out == ["false"])
    }

    /// Arrays share the check; at the limit an array of `Value`s is gigabytes, so it is exercised directly.
    @Test func arrayGrowthPastTheLimitThrows() throws {
        #expect(throws: RuntimeFailure.self) { try Conversions.checkGrowth(60_000_000, by: 50_000_000, "array") }
        try Conversions.checkGrowth(60_000_000, by: 40_000_000, "array")
        #expect(Conversions.maxCount == 100_000_000)
    }

    @Test func smallArraysStillConcatenateAndAppend() {
        let (out, diagnostics) = run("var a = [1, 2]\na = a + a\na += a\na.append(contentsOf: a)\nprint(a.count)")
        #expect(diagnostics.isEmpty)
        #expect(out == ["16"])
    }
}

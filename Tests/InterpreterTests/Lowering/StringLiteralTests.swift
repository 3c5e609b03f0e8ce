import Testing
import Interpreter

/// Interpolated string literals (see `Lowerer+Literals.swift`): Int values are rendered without
/// boxing, everything else by its description, as Swift prints it.
@Suite struct StringLiteralTests {
    /// Runs `source` as one cell; its printed text, or its first diagnostic as `LINE:COL: message`.
    func run(_ source: String) -> String {
        var output = ""
        let diagnostics = InterpreterSession().run(source, timeLimit: .seconds(60)) { output += $0 }
        if let d = diagnostics.first { return output + "\(d.line):\(d.column): \(d.message)" }
        return output
    }

    @Test(arguments: [
        ("let i = -42\nprint(\"[\\(i)|\\(Int.min)|\\(i * 2)]\")", "[-42|-9223372036854775808|-84]\n"),
        ("let d = 0.1 + 0.2\nlet s = \"x\"\nprint(\"\\(d) \\(s)\\(s) \\(true)\")", "0.30000000000000004 xx true\n"),
        ("let o: Int? = 3\nlet n: Int? = nil\nprint(\"\\(o as Any) \\(n as Any) \\([1, 2]) \\((1, \"a\"))\")", "Optional(3) nil [1, 2] (1, \"a\")\n"),
        ("let k = 7\nprint(\"outer \\(\"inner \\(k)\") end\")", "outer inner 7 end\n"),
        ("print(\"\\(1)\\(2)\\(3)\")", "123\n"),
    ])
    func rendersValuesAsSwiftDoes(_ source: String, _ expected: String) {
        #expect(run(source) == expected)
    }

    @Test func buildsLongStrings() {
        let source = """
            var json = "["
            for i in 0..<20_000 {
                if i > 0 { json += "," }
                json += "{\\"id\\": \\(i), \\"score\\": \\(Double(i) / 4)}"
            }
            json += "]"
            print(json.count, json.hasPrefix("[{\\"id\\": 0, \\"score\\": 0.0},{"), json.hasSuffix("\\"id\\": 19999, \\"score\\": 4999.75}]"))
            """
        #expect(run(source) == "614451 true true\n")
    }

    /// Located at the operator that trapped, as traps elsewhere are.
    @Test func trapInsideAnInterpolationIsLocated() {
        #expect(run("let big = Int.max\nprint(\"value: \\(big + 1)\")") == "2:21: Arithmetic operation resulted in an overflow")
    }
}

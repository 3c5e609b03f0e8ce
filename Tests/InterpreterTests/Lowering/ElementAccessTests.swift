import Testing
import Interpreter

/// Element reads `xs[i]` and `xs[i][j]` of array variables, which read through the variable's
/// storage (see `Lowerer+ElementAccess.swift`): every frame, every element kind, located traps.
@Suite struct ElementAccessTests {
    /// Runs `source` as one cell; its printed text, or its first diagnostic as `LINE:COL: message`.
    func run(_ source: String) -> String {
        var output = ""
        let diagnostics = InterpreterSession().run(source, timeLimit: .seconds(60)) { output += $0 }
        if let d = diagnostics.first { return output + "\(d.line):\(d.column): \(d.message)" }
        return output
    }

    @Test(arguments: [
        // Int, Double, Bool, String and nested elements; Bool elements as conditions.
        ("var xs = [3, 1, 2]\nprint(xs[0] + xs[2] * xs[1], xs[0] < xs[1])", "5 false\n"),
        ("let ds = [0.5, 1.5]\nprint(ds[0] * ds[1] + 1.0)", "1.75\n"),
        ("var flags = [true, false]\nif flags[0] && !flags[1] { print(\"yes\") }\nprint(flags[1] ? 1 : 2)", "yes\n2\n"),
        ("let names = [\"a\", \"b\"]\nprint(names[1] + names[0])", "ba\n"),
        ("let t = [[1, 2], [3, 4]]\nprint(t[1][0] * 10 + t[0][1], t[1])", "32 [3, 4]\n"),
        ("let g = [[0.25], [0.5]]\nvar s = 0.0\nfor i in 0..<2 { s += g[i][0] }\nprint(s)", "0.75\n"),
        ("let opt: [Int?] = [nil, 4]\nprint(opt[0] ?? -1, opt[1]!)", "-1 4\n"),
    ])
    func readsElementsOfEveryKind(_ source: String, _ expected: String) {
        #expect(run(source) == expected)
    }

    @Test func readsVariablesOfEveryFrame() {
        let source = """
            var global = [10, 20, 30]
            func viaGlobal(_ i: Int) -> Int { global[i] }
            func outer() -> () -> Int {
                let captured = [[7, 8], [9]]
                var local = [1, 2]
                return { local[1] + captured[0][1] + captured[1][0] }
            }
            print(viaGlobal(2), outer()())
            """
        #expect(run(source) == "30 19\n")
    }

    @Test func indexIsEvaluatedBeforeTheArrayIsRead() {
        // As in Swift: the array is read after its index, so a change the index made is seen.
        let source = """
            var xs = [5, 6, 7]
            func grow() -> Int {
                xs.append(8)
                return 3
            }
            print(xs[grow()])
            """
        #expect(run(source) == "8\n")
    }

    @Test(arguments: [
        ("var xs = [1, 2]\nprint(xs[1])\nprint(xs[2])", "2\n3:7: Index out of range"),
        ("let xs = [1.0]\nlet i = -1\nprint(xs[i] + 1.0)", "3:7: Index out of range"),
        ("var flags = [true]\nif flags[1] { print(1) }", "2:4: Index out of range"),
        ("let t = [[1], [2, 3]]\nprint(t[1][1])\nprint(t[0][1])", "3\n3:7: Index out of range"),
        ("let t = [[1], [2, 3]]\nprint(t[2][0])", "2:7: Index out of range"),
        ("var g = [1]\nfunc f() -> Int {\n    return g[5]\n}\nprint(f())", "3:12: Index out of range"),
    ])
    func outOfRangeReadsTrapAtTheSubscript(_ source: String, _ expected: String) {
        #expect(run(source) == expected)
    }

    @Test func readsDoNotCopyTheArray() {
        // 400,000 reads of a 200,000-element array: a copy per read would take minutes.
        let source = """
            var xs = [Int](repeating: 1, count: 200_000)
            var sum = 0
            for i in 0..<200_000 { sum += xs[i] + xs[199_999 - i] }
            print(sum)
            """
        #expect(run(source) == "400000\n")
    }
}

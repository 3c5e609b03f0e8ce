import Testing
import Interpreter

/// Tuple assignments of array elements `(a[i], a[j]) = (a[j], a[i])`, which assign without
/// building the tuple (see `Lowerer+ElementSwap.swift`).
@Suite struct ElementSwapTests {
    /// Runs `source` as one cell; its printed text, or its first diagnostic as `LINE:COL: message`.
    func run(_ source: String) -> String {
        var output = ""
        let diagnostics = InterpreterSession().run(source, timeLimit: .seconds(60)) { output += $0 }
        if let d = diagnostics.first { return output + "\(d.line):\(d.column): \(d.message)" }
        return output
    }

    @Test(arguments: [
        ("var a = [1, 2, 3]\nlet b = a\n(a[0], a[2]) = (a[2], a[0])\nprint(a, b)", "[3, 2, 1] [1, 2, 3]\n"),
        ("var a = [1, 2]\n(a[0], a[0]) = (a[1], 7)\nprint(a)", "[7, 2]\n"),
        ("var g = [[1, 2], [3, 4]]\n(g[0][0], g[1][1]) = (g[1][1], g[0][0])\nprint(g)", "[[4, 2], [3, 1]]\n"),
        ("var s = [\"x\", \"y\", \"z\"]\n(s[0], s[1], s[2]) = (s[1], s[2], s[0])\nprint(s)", "[\"y\", \"z\", \"x\"]\n"),
        ("var d = [0.5, 1.5]\nvar e = [2.5]\n(d[1], e[0]) = (e[0], d[1])\nprint(d, e)", "[0.5, 2.5] [1.5]\n"),
    ])
    func swapsElements(_ source: String, _ expected: String) {
        #expect(run(source) == expected)
    }

    @Test func swapsVariablesOfEveryFrame() {
        let source = """
            var global = [1, 2]
            func flip() { (global[0], global[1]) = (global[1], global[0]) }
            func reversed(_ xs: [Int]) -> [Int] {
                var copy = xs
                var lo = 0, hi = copy.count - 1
                let swap = { (copy[lo], copy[hi]) = (copy[hi], copy[lo]) }
                while lo < hi {
                    swap()
                    lo += 1
                    hi -= 1
                }
                return copy
            }
            flip()
            print(global, reversed([1, 2, 3, 4, 5]))
            """
        #expect(run(source) == "[2, 1] [5, 4, 3, 2, 1]\n")
    }

    @Test func evaluatesIndicesThenValuesThenAssigns() {
        let source = """
            var xs = [0, 0, 0]
            func note(_ s: String, _ v: Int) -> Int { print(s); return v }
            (xs[note("i", 0)], xs[note("j", 2)]) = (note("x", 5), note("y", 6))
            print(xs)
            """
        #expect(run(source) == "i\nj\nx\ny\n[5, 0, 6]\n")
    }

    @Test(arguments: [
        ("var p = [1]\n(p[0], p[1]) = (p[0], 2)", "2:1: Index out of range"),
        ("var p = [1]\n(p[0], p[0]) = (p[1], 2)", "2:17: Index out of range"),
        ("var g = [[1], [2]]\n(g[0][0], g[1][3]) = (3, 4)", "2:1: Index out of range"),
    ])
    func outOfRangeTraps(_ source: String, _ expected: String) {
        #expect(run(source) == expected)
    }
}

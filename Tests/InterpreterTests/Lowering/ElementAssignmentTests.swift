import Testing
import Interpreter

/// Element writes `xs[i] = v`, `xs[i] op= v` and their two-index forms on array variables, which
/// change the element in place (see `Lowerer+ElementAssignment.swift`).
@Suite struct ElementAssignmentTests {
    /// Runs `source` as one cell; its printed text, or its first diagnostic as `LINE:COL: message`.
    func run(_ source: String) -> String {
        var output = ""
        let diagnostics = InterpreterSession().run(source, timeLimit: .seconds(60)) { output += $0 }
        if let d = diagnostics.first { return output + "\(d.line):\(d.column): \(d.message)" }
        return output
    }

    @Test func copiesKeepTheirValues() {
        let source = """
            var a = [1, 2, 3]
            var b = a
            a[0] = 9
            b[2] += 10
            var grid = [[0, 0], [0, 0]]
            let saved = grid
            let row = grid[1]
            grid[1][0] = 5
            grid[1][1] -= 1
            print(a, b, grid, saved, row)
            """
        #expect(run(source) == "[9, 2, 3] [1, 2, 13] [[0, 0], [5, -1]] [[0, 0], [0, 0]] [0, 0]\n")
    }

    @Test func assignsElementsFromTheSameArray() {
        let source = """
            var a = [1, 2, 3]
            a[0] = a[2]
            a[1] = a[0] + a[1]
            let t = a[0]
            a[0] = a[2]
            a[2] = t
            var m = [[1, 2], [3, 4]]
            m[0][1] = m[1][0] * m[0][1]
            m[1] = m[0]
            print(a, m)
            """
        #expect(run(source) == "[3, 5, 3] [[1, 6], [1, 6]]\n")
    }

    @Test func changesVariablesOfEveryFrame() {
        let source = """
            var global = [0, 0]
            func bump(_ i: Int) { global[i] += 1 }
            bump(1); bump(1)
            func counter() -> () -> [Double] {
                var local = [0.0, 0.0]
                return {
                    local[0] += 0.5
                    local[1] = local[0] * 2.0
                    return local
                }
            }
            let c = counter()
            _ = c()
            var table = [[Int]](repeating: [0, 0], count: 2)
            func fill() {
                for i in 0..<2 { for j in 0..<2 { table[i][j] = i * 2 + j } }
            }
            fill()
            print(global, c(), table)
            """
        #expect(run(source) == "[0, 2] [1.0, 2.0] [[0, 1], [2, 3]]\n")
    }

    @Test func inoutParametersAndPropertiesKeepTheirPaths() {
        // An `inout` array is written back after the call; a property reached through `self` is
        // not a variable of a frame and keeps the generic path.
        let source = """
            func fill(_ xs: inout [Int]) {
                for i in 0..<xs.count { xs[i] = i * i }
                xs[0] += 5
            }
            struct Board {
                var cells = [0, 0]
                mutating func mark(_ i: Int) { cells[i] += 1 }
            }
            var v = [0, 0, 0]
            fill(&v)
            var board = Board()
            board.mark(1)
            board.cells[0] = 7
            print(v, board.cells)
            """
        #expect(run(source) == "[5, 1, 4] [7, 1]\n")
    }

    @Test func evaluatesIndexThenValueThenChecksBounds() {
        let source = """
            var xs = [0, 0]
            func note(_ s: String, _ v: Int) -> Int { print(s); return v }
            xs[note("index", 1)] = note("value", 4)
            xs[note("index", 0)] -= note("value", 1)
            print(xs)
            xs[note("index", 2)] = note("value", 0)
            """
        #expect(run(source) == "index\nvalue\nindex\nvalue\n[-1, 4]\nindex\nvalue\n6:22: Index out of range")
    }

    @Test(arguments: [
        ("var xs = [1]\nxs[1] = 0", "2:7: Index out of range"),
        ("var xs = [1]\nxs[-1] += 1", "2:8: Index out of range"),
        ("var xs = [Int.max]\nxs[0] += 1", "2:7: Arithmetic operation resulted in an overflow"),
        ("var xs = [Int.min]\nxs[0] -= 1", "2:7: Arithmetic operation resulted in an overflow"),
        ("var xs = [1]\nlet z = 0\nxs[0] /= z", "3:7: Division by zero"),
        ("var xs = [1]\nxs[0] %= 0", "2:7: Division by zero in remainder operation"),
        ("var g = [[1.0], [2.0]]\ng[1][1] = 3.0", "2:9: Index out of range"),
        ("var g = [[1], [2]]\ng[2][0] += 3", "2:9: Index out of range"),
        ("var g = [[Int.max]]\ng[0][0] *= 2", "2:9: Arithmetic operation resulted in an overflow"),
    ])
    func trapsAreLocatedAtTheOperator(_ source: String, _ expected: String) {
        #expect(run(source) == expected)
    }

    @Test func failedStoreLeavesTheArrayIntact() {
        let source = """
            var xs = [1, Int.max]
            xs[0] = 5
            xs[1] += 1
            """
        let next = "print(xs)"
        let session = InterpreterSession()
        var output = ""
        let first = session.run(source, timeLimit: .seconds(60)) { output += $0 }
        #expect(first.first?.message == "Arithmetic operation resulted in an overflow")
        #expect(session.run(next, timeLimit: .seconds(60)) { output += $0 }.isEmpty)
        #expect(output == "[5, 9223372036854775807]\n")
    }

    @Test(arguments: [
        ("var words = [\"a\"]\nwords[0] += \"b\"\nwords[0] = words[0] + \"c\"\nprint(words)", "[\"abc\"]\n"),
        ("var lists = [[1]]\nlists[0] += [2]\nprint(lists)", "[[1, 2]]\n"),
        ("var flags = [false]\nflags[0] = !flags[0]\nprint(flags)", "[true]\n"),
        ("var ds = [1.0]\nds[0] = 2\nds[0] /= 4\nprint(ds)", "[0.5]\n"),
        ("var opt: [Int?] = [nil]\nopt[0] = 3\nprint(opt[0]!)", "3\n"),
    ])
    func assignsElementsOfEveryKind(_ source: String, _ expected: String) {
        #expect(run(source) == expected)
    }

    @Test func constantsAreRejected() {
        #expect(run("let xs = [1]\nxs[0] = 2") == "2:1: cannot assign to value: 'xs' is a 'let' constant")
    }

    @Test func storesDoNotCopyTheArray() {
        // 400,000 stores into a 200,000-element array and a 400×500 table: a copy per store would take minutes.
        let source = """
            var xs = [Int](repeating: 0, count: 200_000)
            for i in 0..<200_000 { xs[i] = i; xs[i] += 1 }
            var t = [[Int]](repeating: [Int](repeating: 0, count: 500), count: 400)
            for i in 0..<400 { for j in 0..<500 { t[i][j] = i + j } }
            print(xs[199_999], t[399][499])
            """
        #expect(run(source) == "200000 898\n")
    }
}

import Testing
import Interpreter

/// Mutations change uniquely referenced storage in place: 200,000 steps of each kind finish well
/// inside the time limit (copying on every step would take hours: 2·10^10 element copies), and
/// copies stay independent. The limit is generous because the machine running the tests may be
/// shared: a debug build needs about 1.6 s of CPU for the slowest case, but may get a tenth of a core.
@Suite struct InPlaceTests {
    /// Runs `source` with a generous limit and returns its printed text or the first diagnostic.
    func run(_ source: String) -> String {
        var output = ""
        let diagnostics = InterpreterSession().run(source, timeLimit: .seconds(60)) { output += $0 }
        if let d = diagnostics.first { return "\(d.phase): \(d.message)" }
        return output
    }

    @Test(arguments: [
        ("var xs: [Int] = []\nfor i in 0..<200_000 { xs.append(i * 2) }\nlet ys = xs.map { $0 + 1 }\nprint(ys.count, ys[199_999])",
         "200000 399999\n"),
        ("var xs = Array(repeating: 0, count: 200_000)\nfor i in 0..<200_000 { xs[i] = i }\nprint(xs[199_999])", "199999\n"),
        ("var xs: [Int] = []\nfor i in 0..<200_000 { xs += [i] }\nprint(xs.count)", "200000\n"),
        ("var s = \"\"\nfor _ in 0..<200_000 { s += \"a\" }\nprint(s.count)", "200000\n"),
        ("var d: [Int: [Int]] = [0: []]\nfor i in 0..<200_000 { d[0]!.append(i) }\nprint(d[0]!.count)", "200000\n"),
        ("var d: [Int: [Int]] = [:]\nfor i in 0..<200_000 { d[0, default: []].append(i) }\nprint(d[0]!.count)", "200000\n"),
        ("var grid = [[Int]](repeating: [], count: 2)\nfor i in 0..<200_000 { grid[1].append(i) }\nprint(grid[1].count)", "200000\n"),
        ("var xs = Array(repeating: 1, count: 200_000)\nwhile !xs.isEmpty { xs.removeLast() }\nprint(xs.count)", "0\n"),
    ])
    func manyMutationsFinish(_ source: String, _ expected: String) {
        #expect(run(source) == expected)
    }

    @Test func assignmentCopiesBeforeMutation() {
        let source = """
            var a = [1, 2, 3]
            let b = a
            a.append(4)
            a[0] = 9
            var c = a
            c.removeLast()
            print(a, b, c)
            """
        #expect(run(source) == "[9, 2, 3, 4] [1, 2, 3] [9, 2, 3]\n")
    }

    @Test func capturedArrayIsShared() {
        let source = """
            var log: [Int] = []
            func note(_ x: Int) { log.append(x) }
            for i in 0..<3 { note(i) }
            let snapshot = log
            note(3)
            print(snapshot, log)
            """
        #expect(run(source) == "[0, 1, 2] [0, 1, 2, 3]\n")
    }
}

import Testing
import Interpreter

/// Entry reads and updates `d[k]`, `d[k, default: v] op= w` on dictionary variables, which work
/// where the dictionary lies (see `Lowerer+DictionaryAccess.swift`).
@Suite struct DictionaryAccessTests {
    /// Runs `source` as one cell; its printed text, or its first diagnostic as `LINE:COL: message`.
    func run(_ source: String) -> String {
        var output = ""
        let diagnostics = InterpreterSession().run(source, timeLimit: .seconds(60)) { output += $0 }
        if let d = diagnostics.first { return output + "\(d.line):\(d.column): \(d.message)" }
        return output
    }

    @Test func countsKeepInsertionOrder() {
        let source = """
            var counts: [String: Int] = [:]
            for w in ["b", "a", "b", "c", "b"] { counts[w, default: 0] += 1 }
            print(counts)
            counts["a"] = nil
            counts["d"] = 4
            counts["b"] = 0
            print(counts, counts["b"] as Any, counts["z"] as Any, counts["z", default: 7])
            """
        #expect(run(source) == "[\"b\": 3, \"a\": 1, \"c\": 1]\n[\"b\": 0, \"c\": 1, \"d\": 4] Optional(0) nil 7\n")
    }

    @Test func copiesKeepTheirValues() {
        let source = """
            var d = [1: 10]
            let e = d
            d[1, default: 0] += 5
            d[2] = 20
            print(d, e)
            """
        #expect(run(source) == "[1: 15, 2: 20] [1: 10]\n")
    }

    @Test func changesDictionariesOfEveryFrame() {
        let source = """
            var totals: [String: Double] = [:]
            func add(_ k: String, _ v: Double) { totals[k, default: 0.0] += v }
            add("x", 1.5); add("x", 1.0)
            func grouper() -> (Int) -> [Int: [Int]] {
                var groups: [Int: [Int]] = [:]
                return { n in
                    groups[n % 2, default: []] += [n]
                    return groups
                }
            }
            let g = grouper()
            for n in 1...4 { _ = g(n) }
            print(totals, g(5))
            """
        #expect(run(source) == "[\"x\": 2.5] [1: [1, 3, 5], 0: [2, 4]]\n")
    }

    @Test func defaultIsUsedOnlyForMissingKeys() {
        let source = """
            var d = ["a": 1]
            d["a", default: 100] += 1
            d["b", default: 100] -= 1
            d["c", default: 0] = 3
            print(d)
            """
        #expect(run(source) == "[\"a\": 2, \"b\": 99, \"c\": 3]\n")
    }

    @Test(arguments: [
        ("var d = [\"k\": Int.max]\nd[\"k\", default: 0] += 1", "2:20: Arithmetic operation resulted in an overflow"),
        ("var d: [Int: Int] = [:]\nd[1, default: 1] /= 0", "2:18: Division by zero"),
    ])
    func trapsAreLocatedAtTheOperator(_ source: String, _ expected: String) {
        #expect(run(source) == expected)
    }

    @Test func updatesDoNotCopyTheDictionary() {
        let source = """
            var counts: [Int: Int] = [:]
            for i in 0..<200_000 { counts[i % 50_000, default: 0] += 1 }
            var lookups = 0
            for i in 0..<200_000 { lookups += counts[i % 50_000, default: 0] }
            print(counts.count, lookups)
            """
        #expect(run(source) == "50000 800000\n")
    }
}

import Interpreter

/// Issue 3's programs, run by the interpreter exactly as a notebook cell would be (parse, lower, evaluate).
enum InterpreterBenchmarks {
    /// The programs by name; `Benchmarks/Peers/interpreter_peers.py` holds the same programs in Python.
    static let programs: [(name: String, key: String, source: String)] = [
        ("3,000,000-iteration numeric loop", "numeric_loop", """
            var s = 0.0
            for i in 0..<3_000_000 {
                s += Double(i % 7) * 0.5
            }
            """),
        ("fib(27), naive recursion", "fib27", """
            func fib(_ n: Int) -> Int {
                return n < 2 ? n : fib(n - 1) + fib(n - 2)
            }
            _ = fib(27)
            """),
        ("array building: 200,000 appends + map", "array_building", """
            var xs: [Int] = []
            for i in 0..<200_000 {
                xs.append(i * 2)
            }
            let ys = xs.map { $0 + 1 }
            _ = ys.count
            """),
    ]

    /// Times each program (best of `runs`, each in a fresh session) against the CPython times in `peers`.
    static func run(runs: Int, peers: [String: Double]) throws -> [Measurement] {
        try programs.map { program in
            let time = try Stopwatch.best(of: runs) {
                let diagnostics = InterpreterSession().run(program.source, timeLimit: .seconds(120)) { _ in }
                guard diagnostics.isEmpty else { throw BenchmarkError("\(program.name): \(diagnostics)") }
            }
            return Measurement(name: program.name, nbrun: time, peer: "CPython 3.11",
                               peerTime: peers[program.key], goal: .speedup(2))
        }
    }
}

/// A benchmark that could not run.
struct BenchmarkError: Error, CustomStringConvertible {
    var description: String

    init(_ description: String) {
        self.description = description
    }
}

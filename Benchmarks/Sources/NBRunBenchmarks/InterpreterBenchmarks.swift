import Foundation
import Interpreter

/// The interpreter's benchmark programs (modelled on pyperformance and the Benchmarks Game), run
/// exactly as a notebook cell would be (parse, lower, evaluate).
///
/// Each program is `Sources/InterpreterPrograms/KEY.swift`; its CPython peer, the same algorithm,
/// is `Peers/interpreter/KEY.py`. Both print their result, and the suite refuses to time a program
/// whose output differs from its peer's.
enum InterpreterBenchmarks {
    /// The programs: the table's name for each and its file's key.
    static let programs: [(name: String, key: String)] = [
        ("3,000,000-iteration numeric loop", "numeric_loop"),
        ("fib(27), naive recursion", "fib27"),
        ("array building: 200,000 appends + map", "array_building"),
        ("fib(25) with if/return and locals", "fib_statements"),
        ("tak(18, 12, 6): three-parameter recursion", "tak"),
        ("sieve of Eratosthenes to 500,000 over [Bool]", "sieve"),
        ("n-queens 8 by backtracking over [Bool]", "nqueens"),
        ("fannkuch(8)", "fannkuch"),
        ("spectral norm, n = 100", "spectral_norm"),
        ("word counting: 100,000 words into [String: Int]", "word_count"),
        ("JSON-like string building, 20,000 records", "string_building"),
        ("matrix loops: 60x60 [[Double]] product", "matrix_loops"),
        ("closures: map/filter/reduce over 100,000", "closures"),
        ("Collatz: longest chain below 15,000", "collatz"),
        ("stride loops: 1,000,000 Doubles + 1,000,000 Ints", "stride_loop"),
        ("heap sort of 40,000 Ints in place", "heap_sort"),
        ("LCS dynamic-programming table, 300x300", "lcs_table"),
        ("n-body, 5 bodies, 5,000 steps: struct Vec3 (CPython: classes)", "nbody"),
        ("richards (pyperformance), 2 iterations: classes, overrides, casts", "richards"),
        ("float (pyperformance), 100,000 points: class Point", "float"),
        ("method calls: struct, mutating and class methods, 400,000 each", "method_calls"),
        ("free calls: method_calls' bodies as free functions", "free_calls"),
    ]

    /// The folder of the Swift programs, found from this file's path (the suite runs from the
    /// package it was built in).
    static let folder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("InterpreterPrograms")

    /// The source of program `key`.
    static func source(_ key: String) throws -> String {
        try String(contentsOf: folder.appendingPathComponent("\(key).swift"), encoding: .utf8)
    }

    /// Runs `source` in a fresh session and returns what it printed.
    static func output(of key: String, _ source: String) throws -> String {
        var printed = ""
        let diagnostics = InterpreterSession().run(source, timeLimit: .seconds(120)) { printed += $0 }
        guard diagnostics.isEmpty else { throw BenchmarkError("\(key): \(diagnostics)") }
        return printed
    }

    /// Checks that every program prints what its peer printed (when the peer ran).
    static func check(peerOutputs: [String: String]) throws {
        for program in programs {
            guard let expected = peerOutputs[program.key] else { continue }
            let printed = try output(of: program.key, try source(program.key))
            guard printed == expected else {
                throw BenchmarkError("\(program.key): nbrun printed \(printed.debugDescription), CPython \(expected.debugDescription)")
            }
        }
    }

    /// Times each program (best of `runs`, each in a fresh session) against the CPython times in `peers`.
    static func run(runs: Int, peers: [String: Double]) throws -> [Measurement] {
        let rows = try programs.map { program in
            let source = try source(program.key)
            let time = try Stopwatch.best(of: runs) { _ = try output(of: program.key, source) }
            return Measurement(name: program.name, nbrun: time, peer: "CPython 3.11",
                               peerTime: peers[program.key], goal: .speedup(2))
        }
        return rows + methodCallRatio(rows)
    }

    /// The types issue's goal as a row of its own: a method call costs at most 1.5x a call of a free
    /// function with the same body (nbrun against itself, from the `method_calls` and `free_calls` rows).
    static func methodCallRatio(_ rows: [Measurement]) -> [Measurement] {
        let time = { (key: String) in
            zip(programs, rows).first { $0.0.key == key }?.1.nbrun
        }
        guard let methods = time("method_calls"), let free = time("free_calls") else { return [] }
        return [Measurement(name: "method calls vs free functions, same bodies (nbrun)", nbrun: methods,
                            peer: "nbrun free functions", peerTime: free, goal: .speedup(1 / 1.5))]
    }
}

/// A benchmark that could not run.
struct BenchmarkError: Error, CustomStringConvertible {
    var description: String

    init(_ description: String) {
        self.description = description
    }
}

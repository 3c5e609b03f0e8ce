import Testing
@testable import Interpreter

/// `Double.random(in:)`, `Int.random(in:)`, `Bool.random()`, `shuffle()`, `shuffled()` and `randomElement()`
/// draw from the source the host registers, by the standard library's own algorithms.
@Suite struct RandomValuesTests {
    /// The splitmix64 generator (the one nbrun's `setSeed` seeds), as a source starting from `state`.
    static func splitMix64(state: UInt64) -> () -> UInt64 {
        var state = state
        return {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    func run(_ source: String, random: (() -> UInt64)? = splitMix64(state: 1)) -> ([String], [Diagnostic]) {
        let out = OutputBuffer()
        let session = InterpreterSession()
        if let random { session.register(randomSource: random) }
        let diagnostics = session.run(source, timeLimit: .seconds(20)) { out.append($0) }
        return (out.lines, diagnostics)
    }

    /// The expected lines are what swiftc's build of the same program prints when every call passes
    /// `using: &g` with a `RandomNumberGenerator` struct whose `next()` is `splitMix64(state: 1)`'s.
    @Test func drawsWhatTheStandardLibraryDrawsFromTheSameGenerator() {
        let (out, diagnostics) = run("""
            let a = Double.random(in: 0..<1)
            let b = Int.random(in: 1...6)
            let c = Float.random(in: -1...1)
            print(a, b, c, Bool.random())
            var xs = [1, 2, 3, 4, 5]
            xs.shuffle()
            print(xs, (1...10).shuffled(), ["a", "b", "c"].randomElement()!, [Int]().randomElement() as Any)
            print((0..<3).map { _ in Double.random(in: -0.5...0.5) })
            print(Int.random(in: -1000...1000), (0..<100).randomElement()!, Double.random(in: 2.5..<7.25))
            """)
        #expect(diagnostics.isEmpty)
        #expect(out == [
            "0.3181059528314095 5 0.96247363 false",
            "[3, 5, 2, 1, 4] [3, 9, 6, 8, 7, 4, 1, 5, 10, 2] c nil",
            "[0.18170497338058855, 0.38432456353978994, -0.43403980685442356]",
            "-838 49 3.103252133371816",
        ])
    }

    @Test func emptyAndInfiniteRangesTrapAsInSwift() {
        let cases = [
            ("let n = 5\nprint(Int.random(in: n..<n))", "Can't get random value with an empty range", 2, 7),
            ("let x = 1.0\nprint(Double.random(in: x..<x))", "Can't get random value with an empty range", 2, 7),
            ("let x = 1.0\nprint(Double.random(in: 3...x))", "Range requires lowerBound <= upperBound", 2, 7),
            ("let x = Double.infinity\nprint(Double.random(in: 0..<x))", "There is no uniform distribution on an infinite range", 2, 7),
        ]
        for (source, message, line, column) in cases {
            let (_, diagnostics) = run(source)
            #expect(diagnostics.count == 1, "\(source)")
            #expect(diagnostics.first?.message == message, "\(source)")
            #expect(diagnostics.first.map { ($0.line, $0.column) }! == (line, column), "\(source)")
        }
    }

    @Test func withoutASourceRandomValuesAreAnError() {
        let (_, diagnostics) = run("print(Bool.random())", random: nil)
        #expect(diagnostics.first?.message == "random values are not available in this session")
    }

    @Test func aRangeOfIntsIsNotARangeOfDoubles() {
        let (_, diagnostics) = run("let r = 0..<3\nprint(Double.random(in: r))")
        #expect(diagnostics.first?.message == "'Double.random(in:)' takes a range of Double")
        #expect(diagnostics.first?.phase == .semantic)
    }

    @Test func aRangeHeldInAVariableDrawsWhatTheSameRangeWrittenInTheCallDraws() {
        let (written, _) = run("print(Double.random(in: -0.5...0.5), Float.random(in: 0..<2), Double.random(in: 2.5..<7.25))")
        let (held, diagnostics) = run("""
            let unit = -0.5...0.5
            let half: Range<Float> = 0..<2
            let r: Range<Double> = 2.5..<7.25
            print(Double.random(in: unit), Float.random(in: half), Double.random(in: r))
            """)
        #expect(diagnostics.isEmpty)
        #expect(held == written)
        #expect(held.count == 1)
    }
}

import Testing
@testable import Interpreter

/// A session that ends holding a deeply nested value: releasing it recurses once per level, which
/// overflowed the releasing thread's stack (found with the fuzz target) until the session released
/// its globals on its own large evaluation stack.
@Suite struct SessionReleaseTests {
    /// Runs `source` in a session of its own and drops the session on this (small-stacked) test thread.
    func runAndRelease(_ source: String) -> ([String], [Diagnostic]) {
        let out = OutputBuffer()
        var session: InterpreterSession? = InterpreterSession()
        let diagnostics = session?.run(source, timeLimit: .seconds(20)) { out.append($0) } ?? []
        session = nil
        return (out.lines, diagnostics)
    }

    @Test func aLongIndirectEnumChainIsReleased() {
        let (out, diagnostics) = runAndRelease("""
            indirect enum Chain { case link(Chain), end }
            var chain = Chain.end
            for _ in 0..<300_000 { chain = .link(chain) }
            print("built")
            """)
        #expect(diagnostics.isEmpty)
        #expect(out == ["built"])
    }

    @Test func deeplyNestedStructsInArraysAreReleased() {
        let (out, diagnostics) = runAndRelease("""
            struct Tree { var children: [Tree] = [] }
            var tree = Tree()
            for _ in 0..<300_000 { tree = Tree(children: [tree]) }
            print(tree.children.count)
            """)
        #expect(diagnostics.isEmpty)
        #expect(out == ["1"])
    }

    @Test func aSessionStillEndsCleanlyAfterAFailedCell() {
        let (_, diagnostics) = runAndRelease("let xs = [1]\nprint(xs[3])")
        #expect(diagnostics == [Diagnostic(phase: .runtime, line: 2, column: 7, message: "Index out of range")])
    }
}

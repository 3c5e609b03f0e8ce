import SwiftParser
import Testing
@testable import Interpreter

/// Cells whose `=` made swift-syntax's diagnostics generator trap (found by `scripts/fuzz.sh`): unexpected
/// text between a space and the `=`. Each must now be a located parse error, run through a session.
@Suite struct ConsistentEqualWorkaroundTests {
    func diagnostics(_ source: String) -> [Diagnostic] {
        InterpreterSession().run(source, timeLimit: .seconds(10)) { _ in }
    }

    /// The inputs libFuzzer found: a control character, a curly quote, and a replaced invalid UTF-8 byte
    /// (columns count UTF-8 bytes).
    @Test(arguments: [("let m \u{1}= 1", 8), ("let m \u{2018}= 1", 10), ("let m \u{FFFD}= Int.min", 10)])
    func unexpectedTextBeforeEqualIsALocatedError(_ source: String, _ column: Int) {
        let found = diagnostics(source)
        #expect(found.allSatisfy { $0.phase == .parse })
        #expect(found.contains(Diagnostic(phase: .parse, line: 1, column: column, message: ConsistentEqualWorkaround.message)))
    }

    @Test func laterLinesKeepTheirPositionsAndOrder() {
        let found = diagnostics("var a = 1\n\nlet b \u{1}= a +\n")
        #expect(found.contains(Diagnostic(phase: .parse, line: 3, column: 8, message: ConsistentEqualWorkaround.message)))
        #expect(found.map { [$0.line, $0.column] } == found.map { [$0.line, $0.column] }.sorted { $0.lexicographicallyPrecedes($1) })
    }

    /// An `=` really missing a space on one side keeps swift-syntax's own diagnostic and Fix-It: the tree
    /// is not rewritten.
    @Test func ordinaryInconsistentSpacingIsLeftToSwiftSyntax() {
        #expect(ConsistentEqualWorkaround.defuse(Parser.parse(source: "let m =1")).flagged.isEmpty)
        #expect(ConsistentEqualWorkaround.defuse(Parser.parse(source: "let m \u{1}= 1")).flagged.count == 1)
        #expect(!diagnostics("let m =1").isEmpty)
    }

    @Test func wellFormedCellsAreUntouched() {
        #expect(diagnostics("let m = 1\nvar n = m").isEmpty)
    }
}

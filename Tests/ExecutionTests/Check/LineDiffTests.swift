import Testing
@testable import Execution

@Suite struct LineDiffTests {
    @Test func equalTextsHaveNoDiff() {
        #expect(LineDiff.lines(from: "a\nb\n", to: "a\nb\n").isEmpty)
    }

    @Test func changedLineShowsAsRemovedAndAdded() {
        let diff = LineDiff.lines(from: "loss 0.5\nw 3.0\n", to: "loss 0.4\nw 3.0\n")
        #expect(diff == ["- loss 0.5", "+ loss 0.4", "  w 3.0", "  "])
    }

    @Test func contextIsLimitedAroundChanges() {
        let old = (1...10).map(String.init).joined(separator: "\n")
        let new = old.replacingOccurrences(of: "\n5\n", with: "\nfive\n")
        #expect(LineDiff.lines(from: old, to: new) == ["  3", "  4", "- 5", "+ five", "  6", "  7"])
    }

    @Test func addedAndRemovedLines() {
        #expect(LineDiff.lines(from: "a\nc", to: "a\nb\nc") == ["  a", "+ b", "  c"])
        #expect(LineDiff.lines(from: "a\nb\nc", to: "a\nc") == ["  a", "- b", "  c"])
    }
}

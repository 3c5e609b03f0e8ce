import Testing
@testable import Kernel

@Suite struct CompletenessCheckTests {
    @Test(arguments: ["print(1)", "let x = 1\nlet y = x + 1\n", "func f() {\n    print(2)\n}\n", ""])
    func parsedCodeIsComplete(code: String) {
        #expect(CompletenessCheck.status(of: code) == .complete)
    }

    @Test func openBlocksAreIncompleteWithTheirIndent() {
        #expect(CompletenessCheck.status(of: "func f() {") == .incomplete(indent: "    "))
        #expect(CompletenessCheck.status(of: "for i in 0..<3 {\n    if i > 1 {\n") == .incomplete(indent: "        "))
        #expect(CompletenessCheck.status(of: "let xs = [1, 2,") == .incomplete(indent: ""))
        #expect(CompletenessCheck.status(of: "print(1 +") == .incomplete(indent: ""))
    }

    @Test(arguments: ["let = 5", "print(1))", "let x = = 2\nprint(3)", "func f() { ) }"])
    func codeNoMoreTextCanFixIsInvalid(code: String) {
        #expect(CompletenessCheck.status(of: code) == .invalid)
    }
}

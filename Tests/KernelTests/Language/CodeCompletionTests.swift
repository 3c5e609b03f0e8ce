import Testing
@testable import Kernel

@Suite struct CodeCompletionTests {
    private func completion(after cells: String...) -> CodeCompletion {
        var completion = CodeCompletion()
        for cell in cells { completion.declarations.add(cell: cell) }
        return completion
    }

    @Test func namesInScopeAreBuiltinsKeywordsAndTheAuthorsDeclarations() {
        let c = completion(after: "let learningRate = 0.1\nfunc loss(_ x: Double) -> Double { x * x }")
        let answer = c.complete("let y = lo", cursor: 10)
        #expect(answer.matches == ["log", "loss"])
        #expect((answer.start, answer.end) == (8, 10))
        #expect(c.complete("lea", cursor: 3).matches == ["learningRate"])
        #expect(c.complete("whi", cursor: 3).matches == ["while"])
    }

    @Test func membersAfterADotFollowTheReceiversType() {
        let c = completion(after: "let tape = GradientTape()\nlet t = Tensor.ones([2])\nlet xs = [1, 2]")
        #expect(c.complete("Tensor.ra", cursor: 9).matches == ["randomNormal", "randomUniform"])
        #expect(c.complete("tape.g", cursor: 6).matches == ["gradient"])
        #expect(c.complete("t.sh", cursor: 4).matches == ["shape"])
        #expect(c.complete("xs.app", cursor: 6).matches == ["append"])
        #expect(c.complete("plt.sh", cursor: 6).matches == ["show"])
        // A receiver of unknown type gets every member nbrun knows.
        #expect(c.complete("(t + t).resh", cursor: 12).matches == ["reshaped"])
    }

    @Test func theCursorCountsUnicodeScalars() {
        let c = completion(after: "let é = 1")
        let answer = c.complete("print(\"ü\"); é", cursor: 13)
        #expect(answer.matches == ["é"])
        #expect((answer.start, answer.end) == (12, 13))
    }

    @Test func inspectShowsSignaturesAndDocs() {
        let c = completion(after: """
            /// The squared distance to the target.
            /// Used as the loss.
            func loss(_ x: Double, target: Double = 1) -> Double { (x - target) ** 2 }
            let lr: Double = 0.1
            """)
        #expect(c.inspect("loss(3)", cursor: 2) == "func loss(_ x: Double, target: Double = 1) -> Double\nThe squared distance to the target.\nUsed as the loss.")
        #expect(c.inspect("loss(", cursor: 5)?.hasPrefix("func loss(") == true)
        #expect(c.inspect("lr", cursor: 2) == "let lr: Double")
        #expect(c.inspect("matmul", cursor: 6) == "func matmul(_ a: Tensor, _ b: Tensor) -> Tensor\nThe matrix product of two rank-2 tensors.")
        #expect(c.inspect("plt.show()", cursor: 6) == "func show()\nPuts the figure into the cell's output as a PNG and starts a new one.")
        #expect(c.inspect("undefinedName", cursor: 4) == nil)
        #expect(c.inspect("   ", cursor: 1) == nil)
    }
}

import Testing

@testable import Autodiff

@Suite struct SoftmaxTests {
    @Test func softmaxValuesAndGradients() throws {
        let logits = try f64([[1, 2, 3], [-1, 0, 5]])
        let y = try softmax(logits)
        let rowSums = try reduceSum(y, axis: 1).doubles
        #expect(rowSums.allSatisfy { Swift.abs($0 - 1) < 1e-12 })
        #expect(try softmax(try f64([1000, 1000])).doubles == [0.5, 0.5])
        try GradCheck.check([logits]) { xs in try softmax(xs[0]) }
        try GradCheck.check([logits]) { xs in try softmax(xs[0], axis: 0) }
        try GradCheck.checkSecondOrder([logits]) { xs in try softmax(xs[0]) }
        #expect(throws: TensorError.self) { try softmax(Tensor(1)) }
    }
}

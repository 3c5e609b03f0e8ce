import Testing

@testable import Autodiff

@Suite struct SelectionTests {
    @Test func maximumAndMinimumGradients() throws {
        let a = try f64([[0.5, -1.2, 2.0], [1.5, 0.3, -0.7]])
        let b = try f64([1.0, -1.0, 0.0])
        try GradCheck.check([a, b]) { xs in try maximum(xs[0], xs[1]) }
        try GradCheck.check([a, b]) { xs in try minimum(xs[0], xs[1]) }
        try GradCheck.checkSecondOrder([a, b]) { xs in try square(try maximum(xs[0], xs[1])) }
        try GradCheck.checkSecondOrder([a, b]) { xs in try minimum(try square(xs[0]), try xs[1] * xs[1]) }
        #expect(try maximum(a, b).doubles == [1.0, -1.0, 2.0, 1.5, 0.3, 0.0])
        #expect(try minimum(a, b).doubles == [0.5, -1.2, 0.0, 1.0, -1.0, -0.7])
    }

    @Test func tiesGoToTheFirstArgument() throws {
        let x = Tensor(2, dtype: .float64)
        let y = Tensor(2, dtype: .float64)
        let tape = GradientTape(persistent: true)
        let (hi, lo) = try tape.record { () throws -> (Tensor, Tensor) in
            tape.watch(x)
            tape.watch(y)
            return (try maximum(x, y), try minimum(x, y))
        }
        let gMax = try tape.gradient(hi, [x, y])
        #expect(gMax[0]?.doubles == [1])
        #expect(gMax[1]?.doubles == [0])
        let gMin = try tape.gradient(lo, [x, y])
        #expect(gMin[0]?.doubles == [1])
        #expect(gMin[1]?.doubles == [0])
    }
}

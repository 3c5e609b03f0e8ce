import Testing

@testable import Autodiff

@Suite struct IndexingTests {
    @Test func concatAlongEachAxis() throws {
        let a = try f64([[1, 2], [3, 4]])
        let b = try f64([[5, 6]])
        #expect(try concat([a, b], axis: 0).doubles == [1, 2, 3, 4, 5, 6])
        #expect(try concat([a, try f64([[7], [8]])], axis: -1).doubles == [1, 2, 7, 3, 4, 8])
        try GradCheck.check([a, b]) { xs in try concat(xs, axis: 0) }
        try GradCheck.check([a, a]) { xs in try concat(xs, axis: 1) }
        try GradCheck.checkSecondOrder([a, b]) { xs in try square(try concat(xs, axis: 0)) }
        let error = #expect(throws: TensorError.self) { try concat([a, b], axis: 1) }
        #expect(error?.message == "concat: shapes [2, 2] and [1, 2] differ outside axis 1")
        #expect(throws: TensorError.self) { try concat([], axis: 0) }
        #expect(throws: TensorError.self) { try concat([a, try Tensor.ones([1, 2])], axis: 0) }
    }

    @Test func subscriptsGiveTensorsAndGradientsFlow() throws {
        let m = try f64([[1, 2, 3], [4, 5, 6]])
        #expect(try m[1].doubles == [4, 5, 6])
        #expect(try m[1].shape == [3])
        #expect(try m[0, 2].doubles == [3])
        #expect(try m[-1, -1].shape == [])
        let error = #expect(throws: TensorError.self) { try m[2] }
        #expect(error?.message == "index: index 2 is out of range for axis 0 of size 2 (shape [2, 3])")
        #expect(throws: TensorError.self) { try m[0, 0][0] }
        try GradCheck.check([m]) { xs in try xs[0][1] }
        try GradCheck.check([m]) { xs in try xs[0][0, 1] * xs[0][1, 2] }
        try GradCheck.checkSecondOrder([m]) { xs in try square(try xs[0][1]) * xs[0][0, 0] }
    }
}

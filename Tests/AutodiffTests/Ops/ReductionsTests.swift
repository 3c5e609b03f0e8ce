import Testing

@testable import Autodiff

@Suite struct ReductionsTests {
    let cube: Tensor

    init() throws {
        let values: [Double] = (0..<24).map { (i: Int) -> Double in
            let ramp: Double = Double(i) * 0.37
            let wiggle: Double = Double(i % 5) * 0.11
            return ramp - 3.1 + wiggle
        }
        cube = try Tensor(shape: [2, 3, 4], scalars: values, dtype: .float64)
    }

    @Test func sumAndMeanForwardValues() throws {
        let m = try Tensor(nested: [[1, 2, 3], [4, 5, 6]])
        #expect(try reduceSum(m).doubles == [21])
        #expect(try reduceSum(m, axis: 0).doubles == [5, 7, 9])
        #expect(try reduceSum(m, axis: -1).doubles == [6, 15])
        #expect(try reduceSum(m, axis: 1, keepDims: true).shape == [2, 1])
        #expect(try reduceMean(m, axis: 0).doubles == [2.5, 3.5, 4.5])
        #expect(try m.mean().doubles == [3.5])
        #expect(try reduceMax(m, axis: 1).doubles == [3, 6])
        #expect(try reduceSum(m, axes: [0, 1], keepDims: true).shape == [1, 1])
        #expect(try reduceMean(Tensor(nested: [1, 2], dtype: .int32)).int32s == [1])
    }

    @Test(arguments: [nil, 0, 1, 2, -1, -3] as [Int?], [false, true])
    func gradientsForEveryAxisAndKeepDims(axis: Int?, keepDims: Bool) throws {
        try GradCheck.check([cube]) { xs in try reduceSum(xs[0], axis: axis, keepDims: keepDims) }
        try GradCheck.check([cube]) { xs in try reduceMean(xs[0], axis: axis, keepDims: keepDims) }
        try GradCheck.check([cube]) { xs in try reduceMax(xs[0], axis: axis, keepDims: keepDims) }
        try GradCheck.checkSecondOrder([cube]) { xs in try square(try reduceSum(xs[0], axis: axis, keepDims: keepDims)) }
        try GradCheck.checkSecondOrder([cube]) { xs in try square(try reduceMean(xs[0], axis: axis, keepDims: keepDims)) }
        try GradCheck.checkSecondOrder([cube]) { xs in try reduceMax(try square(xs[0]), axis: axis, keepDims: keepDims) }
    }

    @Test func multipleAxes() throws {
        try GradCheck.check([cube]) { xs in try reduceSum(xs[0], axes: [0, 2]) }
        try GradCheck.check([cube]) { xs in try reduceMax(xs[0], axes: [2, -3], keepDims: true) }
        #expect(throws: TensorError.self) { try reduceSum(cube, axes: [1, -2]) }
    }

    @Test func axesOfLengthOneDoNotChangeTheBits() throws {
        let values = (0..<7).map { Float(($0 * 37) % 11) / 7 - 0.6 }
        let column = try Tensor(shape: [7, 1], scalars: values.map(Double.init))
        let sequential = values.reduce(Float(0), +)
        #expect(try reduceSum(column).floats?.map(\.bitPattern) == [sequential.bitPattern])
        #expect(try reduceSum(column, axes: [1, 0]).floats?.map(\.bitPattern) == [sequential.bitPattern])
        // Reducing only axes of length 1 still adds each element to +0, so -0 becomes +0.
        let negativeZero = try Tensor(shape: [1, 2, 1], scalars: [-0.0, -1])
        #expect(try reduceSum(negativeZero, axes: [0, 2]).floats?.map(\.bitPattern) == [Float(0).bitPattern, Float(-1).bitPattern])
        #expect(try reduceSum(negativeZero, axes: [0, 2], keepDims: true).shape == [1, 2, 1])
        #expect(try reduceMax(negativeZero, axes: [2]).floats == [0, -1])
    }

    @Test func maxTiesShareTheGradient() throws {
        let x = try Tensor(nested: [[3, 1, 3], [2, 2, 2]], dtype: .float64)
        let tape = GradientTape()
        let y = try tape.record { () throws -> Tensor in
            tape.watch(x)
            return try reduceMax(x, axis: 1)
        }
        #expect(try tape.gradient(y, x)?.doubles == [0.5, 0, 0.5, 1.0 / 3, 1.0 / 3, 1.0 / 3])
    }

    @Test func badAxesAreErrors() throws {
        let error = #expect(throws: TensorError.self) { try reduceSum(cube, axis: 3) }
        #expect(error?.message == "reduceSum: axis 3 is out of range for a tensor of rank 3")
        #expect(throws: TensorError.self) { try reduceMax(Tensor(1, dtype: .bool)) }
    }
}

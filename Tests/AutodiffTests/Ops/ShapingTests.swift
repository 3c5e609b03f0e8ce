import Testing

@testable import Autodiff

@Suite struct ShapingTests {
    let m: Tensor

    init() throws {
        m = try f64([[1.5, -2.0, 0.25], [4.0, 0.5, -1.0]])
    }

    @Test func unbroadcastSumsAddedAndStretchedAxes() throws {
        let g = try Tensor.ones([4, 2, 3], dtype: .float64)
        #expect(try unbroadcast(g, to: [2, 3]).doubles == Array(repeating: 4, count: 6))
        #expect(try unbroadcast(g, to: [1, 3]).doubles == [8, 8, 8])
        #expect(try unbroadcast(g, to: [2, 1]).shape == [2, 1])
        #expect(try unbroadcast(g, to: []).doubles == [24])
        #expect(try unbroadcast(g, to: [4, 2, 3]).doubles == g.doubles)
        #expect(throws: TensorError.self) { try unbroadcast(g, to: [3, 3]) }
        #expect(throws: TensorError.self) { try unbroadcast(try Tensor.ones([3]), to: [2, 3]) }
        try GradCheck.check([try f64([[1, 2, 3], [4, 5, 6]])]) { xs in try unbroadcast(xs[0], to: [3]) }
    }

    @Test func reshapeAndTranspose() throws {
        #expect(try reshape(m, [3, 2]).shape == [3, 2])
        #expect(try m.reshaped([-1]).shape == [6])
        #expect(try transpose(m).doubles == [1.5, 4.0, -2.0, 0.5, 0.25, -1.0])
        #expect(try m.transposed().shape == [3, 2])
        let error = #expect(throws: TensorError.self) { try reshape(m, [4, 2]) }
        #expect(error?.message == "reshape: cannot reshape [2, 3] (6 elements) into [4, 2]")
        #expect(throws: TensorError.self) { try reshape(m, [-1, -1]) }
        #expect(throws: TensorError.self) { try transpose(m, perm: [0, 0]) }
        try GradCheck.check([m]) { xs in try reshape(xs[0], [3, 2]) }
        try GradCheck.check([m]) { xs in try transpose(xs[0]) }
        let cube = try Tensor(shape: [2, 3, 2], scalars: (0..<12).map(Double.init), dtype: .float64)
        try GradCheck.check([cube]) { xs in try transpose(xs[0], perm: [1, 2, 0]) }
        try GradCheck.checkSecondOrder([m]) { xs in try square(try transpose(try reshape(xs[0], [3, 2]))) }
        try GradCheck.checkSecondOrder([try f64([[1], [2]])]) { xs in try square(try broadcastTo(xs[0], [2, 3])) }
        try GradCheck.checkSecondOrder([m]) { xs in try square(try pad(xs[0], before: [1, 0], after: [0, 2])) }
    }

    @Test func transposesThatKeepStorageOrderAndScalarBroadcasts() throws {
        let column = try f64([[1], [2], [3]])
        #expect(try transpose(column).shape == [1, 3])
        #expect(try transpose(column).doubles == [1, 2, 3])
        let withUnitAxes = try Tensor(shape: [2, 1, 3], scalars: (0..<6).map(Double.init), dtype: .float64)
        #expect(try transpose(withUnitAxes, perm: [1, 0, 2]).doubles == (0..<6).map(Double.init))
        #expect(try transpose(withUnitAxes, perm: [2, 1, 0]).doubles == [0, 3, 1, 4, 2, 5])
        #expect(throws: TensorError.self) { try transpose(withUnitAxes, perm: [0, 1]) }
        #expect(throws: TensorError.self) { try transpose(withUnitAxes, perm: [0, 1, 3]) }
        try GradCheck.checkSecondOrder([column]) { xs in try square(try transpose(xs[0])) }
        // A one-element tensor repeats bit for bit (a NaN keeps its payload).
        let nan = Float(nan: 0x1234, signaling: false)
        let spread = try broadcastTo(try Tensor(shape: [1], scalars: [Double(nan)]), [2, 2])
        #expect(spread.floats?.map(\.bitPattern) == [UInt32](repeating: nan.bitPattern, count: 4))
        #expect(try broadcastTo(Tensor(7, dtype: .int32), [0, 3]).shape == [0, 3])
        try GradCheck.checkSecondOrder([try f64([2])]) { xs in try square(try broadcastTo(xs[0], [2, 3])) }
    }

    @Test func broadcastToAndSlicePad() throws {
        let b = try broadcastTo(try f64([1, 2, 3]), [2, 3])
        #expect(b.doubles == [1, 2, 3, 1, 2, 3])
        try GradCheck.check([try f64([[1], [2]])]) { xs in try broadcastTo(xs[0], [2, 3]) }
        #expect(try slice(m, begin: [1, 1], size: [1, 2]).doubles == [0.5, -1.0])
        #expect(try pad(try f64([1]), before: [1], after: [2]).doubles == [0, 1, 0, 0])
        #expect(throws: TensorError.self) { try slice(m, begin: [1, 2], size: [1, 2]) }
        #expect(throws: TensorError.self) { try pad(m, before: [-1, 0], after: [0, 0]) }
        try GradCheck.check([m]) { xs in try slice(xs[0], begin: [0, 1], size: [2, 2]) }
        try GradCheck.check([m]) { xs in try pad(xs[0], before: [1, 0], after: [0, 2]) }
        try GradCheck.checkSecondOrder([m]) { xs in try square(try slice(xs[0], begin: [0, 1], size: [2, 2])) }
    }
}

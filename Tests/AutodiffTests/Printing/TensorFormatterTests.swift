import Testing

@testable import Autodiff

@Suite struct TensorFormatterTests {
    @Test func scalarsUseShortestRoundTripDigitsOfTheirDtype() {
        #expect(Tensor(6.0).description == "Tensor(6.0, shape: [], dtype: float32)")
        #expect(Tensor(0.1).description == "Tensor(0.1, shape: [], dtype: float32)")
        #expect(Tensor(0.1, dtype: .float64).description == "Tensor(0.1, shape: [], dtype: float64)")
        #expect(Tensor(7, dtype: .int32).description == "Tensor(7, shape: [], dtype: int32)")
        #expect(Tensor(1, dtype: .bool).description == "Tensor(true, shape: [], dtype: bool)")
    }

    @Test func matricesAreAlignedUnderTheFirstBracket() throws {
        let m = try Tensor(nested: [[1.2, 1.6], [3.0, 3.9]])
        #expect(m.description == "Tensor([[1.2, 1.6],\n        [3.0, 3.9]], shape: [2, 2], dtype: float32)")
        let v = try Tensor(nested: [-1, 10.5, 2])
        #expect(v.description == "Tensor([-1.0, 10.5,  2.0], shape: [3], dtype: float32)")
    }

    @Test func rank3BlocksAreSeparatedByBlankLines() throws {
        let t = try Tensor(shape: [2, 2, 2], scalars: (1...8).map(Double.init), dtype: .int32)
        #expect(t.description == """
            Tensor([[[1, 2],
                     [3, 4]],

                    [[5, 6],
                     [7, 8]]], shape: [2, 2, 2], dtype: int32)
            """)
    }

    @Test func emptyAndLargeTensorsAreSummarised() throws {
        #expect(try Tensor.zeros([0]).description == "Tensor([], shape: [0], dtype: float32)")
        let big = try Tensor(shape: [1001], scalars: (0..<1001).map(Double.init), dtype: .int32)
        #expect(big.description == "Tensor([   0,    1,    2, ...,  998,  999, 1000], shape: [1001], dtype: int32)")
        let wide = try Tensor.zeros([40, 30], dtype: .int32)
        let lines = wide.description.split(separator: "\n")
        #expect(lines.count == 7)
        #expect(lines[3].drop(while: { $0 == " " }) == "...,")
    }
}

import Testing

@testable import Autodiff

@Suite struct TensorTests {
    @Test func creatorsGiveShapesDtypesAndValues() throws {
        #expect(Tensor(3.0).shape == [])
        #expect(Tensor(3.0).dtype == .float32)
        #expect(Tensor(3.0).floats == [3])
        let m = try Tensor(nested: [[1, 2], [3, 4]])
        #expect(m.shape == [2, 2])
        #expect(m.rank == 2)
        #expect(m.scalarCount == 4)
        #expect(m.dtype == .float32)
        #expect(try Tensor(shape: [2, 3], scalars: [1, 2, 3, 4, 5, 6], dtype: .int32).int32s == [1, 2, 3, 4, 5, 6])
        #expect(try Tensor.zeros([2, 3]).doubles == Array(repeating: 0, count: 6))
        #expect(try Tensor.ones([2], dtype: .float64).float64Values == [1, 1])
        #expect(try Tensor.ones([2], dtype: .bool).bools == [true, true])
        #expect(try Tensor.linspace(-2, 2, count: 5).doubles == [-2, -1, 0, 1, 2])
        #expect(try Tensor.linspace(0, 1, count: 1).doubles == [0])
        #expect(try Tensor.linspace(0, 1, count: 0).shape == [0])
        #expect(try Tensor(nested: []).shape == [0])
    }

    @Test func badCreationsAreErrors() throws {
        let ragged = #expect(throws: TensorError.self) { try Tensor(nested: [[1, 2], [3]]) }
        #expect(ragged?.message.hasPrefix("Tensor: ragged nested array") == true)
        let count = #expect(throws: TensorError.self) { try Tensor(shape: [2, 2], scalars: [1, 2, 3]) }
        #expect(count?.message == "Tensor(shape:scalars:): shape [2, 2] needs 4 scalars, got 3")
        #expect(throws: TensorError.self) { try Tensor(shape: [-1], scalars: []) }
        #expect(throws: TensorError.self) { try Tensor(shape: [1], scalars: [1.5], dtype: .int32) }
        #expect(throws: TensorError.self) { try Tensor(shape: [1], scalars: [2_147_483_648], dtype: .int32) }
        #expect(try Tensor(shape: [1], scalars: [-2_147_483_648], dtype: .int32).int32s == [Int32.min])
        #expect(throws: TensorError.self) { try Tensor.linspace(0, 1, count: -1) }
        #expect(throws: TensorError.self) { try Tensor.randomNormal([2], dtype: .int32) }
        #expect(throws: TensorError.self) { try Tensor.randomUniform([2], min: 1, max: 1) }
    }

    @Test func hugeShapesAreClearErrorsNotTraps() throws {
        let error = #expect(throws: TensorError.self) { try Tensor.zeros([200_000, 200_000]) }
        #expect(error?.message == "zeros: shape [200000, 200000] needs more than 268435456 elements (the memory limit)")
        #expect(throws: TensorError.self) { try Tensor.ones([Int.max, Int.max, 2]) }
        #expect(throws: TensorError.self) { try Tensor.zeros([1 << 40, 1 << 40]) }
        #expect(try Tensor.zeros([1 << 40, 0]).scalarCount == 0)
        #expect(throws: TensorError.self) { try pad(try Tensor.ones([1]), before: [Int.max], after: [1]) }
        #expect(throws: TensorError.self) { try broadcastTo(try Tensor.ones([1, 1]), [1 << 20, 1 << 20]) }
    }

    @Test func scalarValueNeedsExactlyOneElement() throws {
        #expect(try Tensor(2.5).scalarValue() == 2.5)
        #expect(try Tensor.ones([1, 1]).scalarValue() == 1)
        let error = #expect(throws: TensorError.self) { try Tensor.ones([2]).scalarValue() }
        #expect(error?.message == "scalar: a tensor of shape [2] has 2 elements, not exactly one")
    }

    @Test func copiesAreIndependentValues() throws {
        let a = try Tensor(nested: [1, 2])
        var b = a
        b.storage = .float32([5, 6])
        #expect(a.doubles == [1, 2])
        #expect(b.doubles == [5, 6])
    }

    @Test func int32ConversionSaturates() {
        #expect(Tensor(1e12, dtype: .int32).int32s == [Int32.max])
        #expect(Tensor(-1e12, dtype: .int32).int32s == [Int32.min])
        #expect(Tensor(.nan, dtype: .int32).int32s == [0])
        #expect(Tensor(-2.7, dtype: .int32).int32s == [-2])
    }
}

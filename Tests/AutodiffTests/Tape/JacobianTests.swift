import Testing

@testable import Autodiff

@Suite struct JacobianTests {
    @Test func jacobianOfElementwiseAndMatrixFunctions() throws {
        let x = try f64([1, 2, 3])
        let tape = GradientTape()
        let y = try tape.record { () throws -> Tensor in
            tape.watch(x)
            return try x * x
        }
        let j = try #require(try tape.jacobian(y, x))
        #expect(j.shape == [3, 3])
        #expect(j.doubles == [2, 0, 0, 0, 4, 0, 0, 0, 6])
    }

    @Test func jacobianShapeIsTargetShapePlusSourceShape() throws {
        let w = Variable(try Tensor(nested: [[1, 2], [3, 4]], dtype: .float64))
        let v = try f64([[1], [-1]])
        let tape = GradientTape()
        let y = try tape.record { try matmul(w.value, v) }
        let j = try #require(try tape.jacobian(y, w))
        #expect(j.shape == [2, 1, 2, 2])
        #expect(j.doubles == [1, -1, 0, 0, 0, 0, 1, -1])
    }

    @Test func unconnectedJacobianIsNilOrZero() throws {
        let x = try f64([1, 2])
        let other = try f64([3])
        let tape = GradientTape(persistent: true)
        let y = try tape.record { () throws -> Tensor in
            tape.watch(x)
            tape.watch(other)
            return try x * 2.0
        }
        #expect(try tape.jacobian(y, other) == nil)
        #expect(try tape.jacobian(y, other, unconnected: .zero)?.shape == [2, 1])
    }

    @Test func jacobianUsesTheOneCallOfANonPersistentTape() throws {
        let x = Variable(Tensor(1.0))
        let tape = GradientTape()
        let y = try tape.record { try x.value * 2.0 }
        _ = try tape.jacobian(y, x)
        #expect(throws: TensorError.self) { try tape.gradient(y, x) }
    }
}

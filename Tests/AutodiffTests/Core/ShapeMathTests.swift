import Testing

@testable import Autodiff

@Suite struct ShapeMathTests {
    @Test func broadcastFollowsNumPy() throws {
        #expect(try ShapeMath.broadcast([2, 3], [3], op: "t") == [2, 3])
        #expect(try ShapeMath.broadcast([2, 1], [1, 3], op: "t") == [2, 3])
        #expect(try ShapeMath.broadcast([], [4, 1], op: "t") == [4, 1])
        #expect(try ShapeMath.broadcast([5, 1, 3], [2, 1], op: "t") == [5, 2, 3])
        #expect(throws: TensorError.self) { try ShapeMath.broadcast([2, 3], [2], op: "t") }
        // One operand already has the result's shape (either side, zero-length dimensions too).
        #expect(try ShapeMath.broadcast([100, 1], [1], op: "t") == [100, 1])
        #expect(try ShapeMath.broadcast([1], [3, 1], op: "t") == [3, 1])
        #expect(try ShapeMath.broadcast([0], [1], op: "t") == [0])
        #expect(try ShapeMath.broadcast([1], [0], op: "t") == [0])
        #expect(throws: TensorError.self) { try ShapeMath.broadcast([0], [2], op: "t") }
    }

    @Test func stridesAndAxes() throws {
        #expect(ShapeMath.strides([2, 3, 4]) == [12, 4, 1])
        #expect(ShapeMath.broadcastStrides([3, 1], to: [2, 3, 4]) == [0, 1, 0])
        #expect(try ShapeMath.normalizeAxis(-1, rank: 3, op: "t") == 2)
        #expect(throws: TensorError.self) { try ShapeMath.normalizeAxis(-4, rank: 3, op: "t") }
        #expect(ShapeMath.split([2, 3, 4], at: 1) == (2, 3, 4))
    }

    @Test func elementCountGuardsOverflowAndLimit() throws {
        #expect(try ShapeMath.elementCount([], op: "t") == 1)
        #expect(try ShapeMath.elementCount([1 << 14, 1 << 14], op: "t") == 1 << 28)
        #expect(throws: TensorError.self) { try ShapeMath.elementCount([1 << 14, (1 << 14) + 1], op: "t") }
        #expect(throws: TensorError.self) { try ShapeMath.elementCount([Int.max, 3], op: "t") }
        #expect(throws: TensorError.self) { try ShapeMath.elementCount([3, -1], op: "t") }
    }
}

import Testing

@testable import Autodiff

@Suite struct RecorderTests {
    @Test(arguments: [0, 1, 2, 3, 5])
    func inputSlotsKeepOrderInlineOrSpilled(count: Int) {
        var asked: [Int] = []
        let slots = InputSlots(count: count) { k in
            asked.append(k)
            return 10 * k + 7
        }
        #expect(asked == Array(0..<count))
        #expect(slots.count == count)
        #expect(Array(slots) == (0..<count).map { 10 * $0 + 7 })
    }

    @Test func operationsWithManyInputsGetEveryGradient() throws {
        // concat of three pieces records one operation with three input slots.
        let pieces = try (1...3).map { (i: Int) throws(TensorError) -> Tensor in
            try Tensor(shape: [1, 2], scalars: [Double(i), Double(-i)], dtype: .float64)
        }
        let tape = GradientTape()
        let y = try tape.record { () throws -> Tensor in
            for piece in pieces { tape.watch(piece) }
            return try reduceSum(try square(try concat(pieces, axis: 0)))
        }
        let grads = try tape.gradient(y, pieces)
        #expect(grads.map { $0?.doubles } == [[2, -2], [4, -4], [6, -6]])
        try GradCheck.check(pieces) { xs in try concat(xs, axis: 1) }
    }
}

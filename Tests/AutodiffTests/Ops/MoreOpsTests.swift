import Testing

@testable import Autodiff

/// Gradients of the ops of DSL.md §10 against central finite differences in float64, first and
/// second order, and their errors.
@Suite struct MoreOpsTests {
    let x = { try f64([[0.5, -1.5, 2.0], [1.2, 0.3, -0.8]]) }

    @Test func elementwiseGradients() throws {
        let positive = try f64([[0.5, 1.5, 2.0], [1.2, 0.3, 0.8]])
        try GradCheck.check([positive]) { try log1p($0[0]) }
        try GradCheck.checkSecondOrder([positive]) { try log1p($0[0]) }
        try GradCheck.check([try x()]) { try expm1($0[0]) }
        try GradCheck.checkSecondOrder([try x()]) { try expm1($0[0]) }
        try GradCheck.check([positive]) { try rsqrt($0[0]) }
        try GradCheck.checkSecondOrder([positive]) { try rsqrt($0[0]) }
        try GradCheck.check([try x()]) { try erf($0[0]) }
        try GradCheck.checkSecondOrder([try x()]) { try erf($0[0]) }
    }

    @Test func clippingGradients() throws {
        try GradCheck.check([try x()]) { try clip($0[0], min: Tensor(-1.0, dtype: .float64), max: Tensor(1.0, dtype: .float64)) }
        try GradCheck.check([try x()]) { try clipByNorm($0[0], clipNorm: 1.5) }
        try GradCheck.checkSecondOrder([try x()]) { try clipByNorm($0[0], clipNorm: 1.5) }
        // A zero tensor has a finite gradient, as in TensorFlow.
        let tape = GradientTape()
        let zero = try Tensor.zeros([3], dtype: .float64)
        let y = try tape.record { () throws -> Tensor in
            tape.watch(zero)
            return try reduceSum(try clipByNorm(zero, clipNorm: 1))
        }
        #expect(try tape.gradient(y, zero)?.doubles == [1, 1, 1])
    }

    @Test func selectBroadcastsEachOperandOrReadsItInPlace() throws {
        let half = Tensor(0.5)
        let column = try compare(.greater, try Tensor(nested: [[1.0], [0.0]]), half)
        let row = try Tensor(nested: [1.0, 2.0, 3.0])
        let broadcast = try select(column, Tensor(9.0), row)
        #expect(broadcast.shape == [2, 3])
        #expect(broadcast.doubles == [9, 9, 9, 1, 2, 3])
        let flags = try compare(.greater, try Tensor(nested: [1.0, 0.0, 1.0]), half)
        #expect(try select(flags, row, try negate(row)).doubles == [1, -2, 3])
        #expect(try select(flags, try Tensor(nested: [4, 5, 6], dtype: .int32), try Tensor(nested: [7], dtype: .int32)).doubles == [4, 7, 6])
    }

    @Test func selectionGradients() throws {
        let condition = try compare(.greater, try x(), Tensor(0.4, dtype: .float64))
        try GradCheck.check([try x(), try f64([1.0, 2.0, 3.0])]) { try select(condition, $0[0] * $0[1], $0[1]) }
        try GradCheck.checkSecondOrder([try x(), try f64([1.0, 2.0, 3.0])]) { try select(condition, $0[0] * $0[1], $0[1]) }
        let indices = try Tensor(nested: [2, 0, 2, 1], dtype: .int32)
        try GradCheck.check([try x()]) { try gather($0[0], indices: indices, axis: 1) }
        try GradCheck.checkSecondOrder([try x()]) { try square(try gather($0[0], indices: indices, axis: 1)) }
        try GradCheck.check([try x()]) { try gather($0[0], indices: try Tensor(nested: [[1, 1], [0, 1]], dtype: .int32)) }
    }

    @Test func shapingGradients() throws {
        try GradCheck.check([try x(), try x()]) { try stack([$0[0], try $0[1] * $0[0]], axis: 1) }
        try GradCheck.check([try x()]) { xs in try concat(try unstack(try square(xs[0]), axis: 1).reversed(), axis: 0) }
        try GradCheck.check([try x()]) { xs in try concat(try split(xs[0], count: 3, axis: 1).reversed(), axis: 0) }
        try GradCheck.check([try x()]) { try squeeze(try expandDims($0[0], axis: -1)) }
        try GradCheck.check([try x()]) { try tile(try square($0[0]), multiples: [2, 3]) }
        try GradCheck.check([try x()]) { try rows(try square($0[0]), 1..<2) }
        try GradCheck.check([try f64([1.0, 2.0]), try f64([3.0, 4.0, 5.0])]) { xs in
            let (a, b) = try meshgrid(xs[0], xs[1])
            return try a * b * b
        }
    }

    @Test func reductionGradients() throws {
        for axes in [[0], [1], [0, 1]] {
            try GradCheck.check([try x()]) { try reduceMin($0[0], axes: axes) }
            try GradCheck.check([try x()]) { try reduceProd($0[0], axes: axes) }
            try GradCheck.checkSecondOrder([try x()]) { try reduceProd($0[0], axes: axes) }
            try GradCheck.check([try x()]) { try reduceVariance($0[0], axes: axes, keepDims: true) }
            try GradCheck.checkSecondOrder([try x()]) { try reduceVariance($0[0], axes: axes) }
            try GradCheck.check([try x()]) { try reduceStd($0[0], axes: axes) }
            try GradCheck.check([try x()]) { try reduceLogSumExp($0[0], axes: axes) }
            try GradCheck.checkSecondOrder([try x()]) { try reduceLogSumExp($0[0], axes: axes) }
        }
        // A zero among the factors: the others' product, without dividing by zero.
        try GradCheck.check([try f64([[0.0, 2.0, 3.0], [0.0, 0.0, 4.0]])]) { try reduceProd($0[0], axes: [1]) }
        // Large values do not overflow.
        let big = try reduceLogSumExp(try Tensor(nested: [1000.0, 1000.0]))
        #expect(Swift.abs(try big.scalarValue() - (1000 + 0.6931471805599453)) < 1e-3)
    }

    @Test func customGradientReplacesTheBackwardPass() throws {
        let cube = customGradient { x in (try x * x * x, { g in try g * 3.0 * x * x }) }
        try GradCheck.check([try x()]) { try cube($0[0]) }
        try GradCheck.checkSecondOrder([try x()]) { try cube($0[0]) }
        // The gradient is the closure's, whatever the forward computes.
        let fake = customGradient { x in (try square(x), { g in try g * 10.0 }) }
        let v = try Variable(3.0)
        let tape = GradientTape()
        let y = try tape.record { try fake(v.value) }
        #expect(try y.scalarValue() == 9)
        #expect(try tape.gradient(y, v)?.scalarValue() == 10)
    }

    @Test func customGradientWithTheWrongShapeIsAnError() throws {
        let bad = customGradient { x in (x, { _ in try Tensor.zeros([7]) }) }
        let v = try Variable([1.0, 2.0])
        let tape = GradientTape()
        let y = try tape.record { try bad(v.value) }
        #expect(throws: TensorError("customGradient: the backward closure returned shape [7] for an input of shape [2]")) {
            try tape.gradient(y, v)
        }
    }

    @Test func integerResultsAndCreators() throws {
        #expect(try oneHot(try Tensor(nested: [1, 5], dtype: .int32), depth: 3).doubles == [0, 1, 0, 0, 0, 0])
        #expect(try Tensor.range(0, 10, step: 3, dtype: .int32).int32s == [0, 3, 6, 9])
        #expect(try Tensor.range(5, 0, step: -2).doubles == [5, 3, 1])
        setSeed(3)
        let p = try randomPermutation(10)
        #expect(p.int32s?.sorted() == (0..<10).map(Int32.init))
        setSeed(3)
        #expect(try randomPermutation(10).int32s == p.int32s)
        setSeed(3)
        let shuffled = try Tensor.randomShuffle(try Tensor.range(0, 10))
        #expect(shuffled.doubles == p.doubles)
        #expect(try round(try Tensor(nested: [0.5, 1.5, 2.5, -0.5])).doubles == [0, 2, 2, -0.0])
    }

    @Test func errorsNameTheOperation() throws {
        let t = try x()
        #expect(throws: TensorError("gather: index 3 is out of range 0..<3")) {
            try gather(t, indices: try Tensor(nested: [3], dtype: .int32), axis: 1)
        }
        #expect(throws: TensorError("split: axis 1 of shape [2, 3] cannot be split into 2 equal parts")) {
            try split(t, count: 2, axis: 1)
        }
        #expect(throws: TensorError("squeeze: axis 0 of shape [2, 3] does not have length 1")) { try squeeze(t, axis: 0) }
        #expect(throws: TensorError("where: the condition must be a bool tensor, not float64")) { try select(t, t, t) }
        #expect(throws: TensorError("oneHot: depth must not be negative, got -1")) {
            try oneHot(try Tensor(nested: [1], dtype: .int32), depth: -1)
        }
        #expect(throws: TensorError("index: range 1..<3 is out of range for axis 0 of size 2")) { try rows(t, 1..<3) }
    }
}

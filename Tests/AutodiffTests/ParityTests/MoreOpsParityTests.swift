import Testing

@testable import Autodiff

/// `more_ops_gradients` of `scripts/tensorflow-parity.py`: the ops of DSL.md §10 against TensorFlow.
@Suite struct MoreOpsParityTests {
    typealias Program = (Tensor, Tensor) throws -> Tensor

    /// The same programs as the Python script, by name.
    static var programs: [String: Program] {
        [
            "log1p": { x, r in try log1p(try x * r) }, "expm1": { x, r in try expm1(try x * r) },
            "rsqrt": { x, _ in try rsqrt(x) }, "erf": { x, r in try erf(try x * r) },
            "floor": { x, r in try floor(try x * 2.0) * r }, "ceil": { x, r in try ceil(try x * 2.0) * r },
            "round": { x, r in try round(try x * 2.0) * r },
            "clip": { x, r in try clip(try x * r, min: Tensor(-0.2), max: Tensor(0.8)) },
            "clip_by_norm": { x, r in try clipByNorm(try x * r, clipNorm: 1) },
            "where": { x, r in try select(try compare(.greater, x, Tensor(1.0)), try x * r, try r - x) },
            "gather_0": { x, r in try gather(try x * r, indices: try Tensor(nested: [1, 1], dtype: .int32), axis: 0) },
            "gather_1": { x, r in try gather(x, indices: try Tensor(nested: [2, 0, 2], dtype: .int32), axis: 1) * r },
            "stack": { x, r in try reshape(try stack([try x[0] * r, try x[1]], axis: 1), [2, 3]) },
            "unstack": { x, r in try stack(try unstack(try x * r, axis: 1).reversed(), axis: 1) },
            "split": { x, r in try concat(try split(try x * r, count: 3, axis: 1).reversed(), axis: 1) },
            "squeeze": { x, r in try squeeze(try expandDims(x, axis: 0), axis: 0) * r },
            "tile": { x, r in try slice(try tile(try x * r, multiples: [1, 2]), begin: [0, 1], size: [2, 3]) },
            "reduce_min": { x, r in try reduceMin(try x * r, axes: [1], keepDims: true) * r },
            "reduce_prod": { x, r in try reduceProd(try x * r, axes: [0], keepDims: true) * r },
            "reduce_prod_zero": { x, r in try reduceProd(try (try x - 0.5) * r, axes: [1], keepDims: true) * r },
            "reduce_variance": { x, r in try reduceVariance(try x * r, axes: [1], keepDims: true) * r },
            "reduce_std": { x, r in try reduceStd(try x * r, axes: [0], keepDims: true) * x },
            "reduce_logsumexp": { x, r in try reduceLogSumExp(try (try x * r) * 50.0, axes: [1], keepDims: true) * r },
            "meshgrid": { x, r in
                let (xx, yy) = try meshgrid(r, try slice(x, begin: [0, 0], size: [1, 2]).reshaped([2]))
                return try xx * yy
            },
            "range_rows": { x, r in try rows(x, 0..<1) * r },
        ]
    }

    @Test func everyNewOpMatchesTensorFlow() throws {
        let tf = try TensorFlowReference.load()
        let cases = try #require(tf.cases["more_ops_gradients"])
        let expectedNames = Set(cases.keys.filter { $0.hasSuffix("_dx") }.map { String($0.dropLast(3)) })
        #expect(expectedNames == Set(Self.programs.keys))
        let w = try Tensor(nested: [[1.0, -2.0, 0.5], [0.25, 3.0, -1.0]])
        for (name, program) in Self.programs {
            let x = try Variable([[0.5, 1.5, 2.0], [1.2, 0.3, 0.8]])
            let r = try Variable([0.7, -0.4, 1.1])
            let tape = GradientTape()
            let (y, loss) = try tape.record { () throws -> (Tensor, Tensor) in
                let y = try program(x.value, r.value)
                let weights = try slice(w, begin: [0, 0], size: [y.shape[0], y.shape[1]])
                return (y, try reduceSum(try y * weights))
            }
            let g = try tape.gradient(loss, [x, r])
            tf.expect("more_ops_gradients", name + "_y", y)
            tf.expect("more_ops_gradients", name + "_dx", g[0], relativeTolerance: 1e-4)
            tf.expect("more_ops_gradients", name + "_dr", g[1], relativeTolerance: 1e-4)
        }
    }

    @Test func integerAndBoolOpsMatchTensorFlow() throws {
        let tf = try TensorFlowReference.load()
        let v = try Tensor(nested: [[0.5, 2.5, 2.5, -1.0], [3.0, -2.0, 3.0, 0.0]])
        tf.expect("more_ops_gradients", "argmax_0", try argmax(v, axis: 0))
        tf.expect("more_ops_gradients", "argmax_1", try v.argmax(axis: 1))
        tf.expect("more_ops_gradients", "argmin_1", try argmin(v, axis: 1))
        #expect(try argmax(v, axis: 1).dtype == .int32)
        tf.expect("more_ops_gradients", "one_hot", try oneHot(try Tensor(nested: [2, 0, -1, 3], dtype: .int32), depth: 3))
        tf.expect("more_ops_gradients", "equal", try cast(try compare(.equal, v, Tensor(2.5)), to: .float32))
        let row = try Tensor(nested: [0.5, 0.0, 3.0, 0.0])
        tf.expect("more_ops_gradients", "less_equal", try cast(try compare(.lessEqual, v, row), to: .float32))
        tf.expect("more_ops_gradients", "range", try Tensor.range(1, 2, step: 0.3))
        tf.expect("more_ops_gradients", "eye", try Tensor.eye(3))
    }
}

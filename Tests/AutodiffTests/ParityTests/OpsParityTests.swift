import Testing

@testable import Autodiff

/// `ops_gradients` of `scripts/tensorflow-parity.py`: every op's value and gradients of `Σ w · op(x, r)`.
@Suite struct OpsParityTests {
    typealias Program = (Tensor, Tensor) throws -> Tensor

    /// The same programs as the Python script, by name.
    static var programs: [String: Program] {
        [
            "sin": { x, _ in try sin(x) }, "cos": { x, _ in try cos(x) }, "tan": { x, _ in try tan(x) },
            "exp": { x, _ in try exp(x) }, "log": { x, _ in try log(x) }, "sqrt": { x, _ in try sqrt(x) },
            "square": { x, _ in try square(x) }, "tanh": { x, _ in try tanh(x) },
            "sigmoid": { x, _ in try sigmoid(x) },
            "add": { x, r in try x + r }, "subtract": { x, r in try r - x }, "multiply": { x, r in try x * r },
            "divide": { x, r in try x / r }, "pow": { x, r in try x ** r }, "pow_scalar": { x, _ in try x ** 3.0 },
            "maximum": { x, r in try maximum(x, r) }, "minimum": { x, r in try minimum(x, r) },
            "softmax_0": { x, _ in try softmax(x, axis: 0) }, "softmax_1": { x, r in try softmax(try x * r, axis: 1) },
            "mean_keepdims": { x, r in try reduceMean(try x * x, axis: 0, keepDims: true) * r },
            "max_1": { x, r in try reshape(try reduceMax(try x * r, axis: 1), [2, 1]) * Tensor.ones([2, 3]) },
            "concat": { x, r in
                let left = try slice(x, begin: [0, 0], size: [2, 1]) * r[0]
                let right = try slice(x, begin: [0, 1], size: [2, 2])
                return try concat([left, try right * right], axis: 1)
            },
            "index": { x, r in try x[1] * x[0, 2] + r },
            "matmul": { x, r in
                try matmul(x, try reshape(r, [3, 1])) * transpose(try reshape(try slice(r, begin: [0], size: [2]), [1, 2]))
            },
            "relu": { x, r in try relu(try x - 1.0) * r }, "abs": { x, r in try abs(try x - 1.2) * r },
        ]
    }

    @Test func everyOpMatchesTensorFlow() throws {
        let tf = try TensorFlowReference.load()
        let expectedNames = Set((tf.cases["ops_gradients"] ?? [:]).keys.map { $0.split(separator: "_").dropLast().joined(separator: "_") })
        #expect(expectedNames == Set(Self.programs.keys))
        let w = try Tensor(nested: [[1.0, -2.0, 0.5], [0.25, 3.0, -1.0]])
        for (name, program) in Self.programs {
            let x = try Variable([[0.5, 1.5, 2.0], [1.2, 0.3, 0.8]])
            let r = try Variable([0.7, -0.4, 1.1])
            let tape = GradientTape()
            let (y, loss) = try tape.record { () throws -> (Tensor, Tensor) in
                let y = try program(x.value, r.value)
                return (y, try reduceSum(try y * w))
            }
            let g = try tape.gradient(loss, [x, r])
            tf.expect("ops_gradients", name + "_y", y)
            tf.expect("ops_gradients", name + "_dx", g[0])
            tf.expect("ops_gradients", name + "_dr", g[1])
        }
    }
}

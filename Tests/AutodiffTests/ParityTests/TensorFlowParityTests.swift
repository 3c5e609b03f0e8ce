import Testing

@testable import Autodiff

/// The programs of `scripts/tensorflow-parity.py`, run with our runtime and compared with TensorFlow's numbers.
@Suite struct TensorFlowParityTests {
    let tf: TensorFlowReference

    init() throws {
        tf = try TensorFlowReference.load()
    }

    @Test func seedBasicAndPolynomial() throws {
        let x = Variable(Tensor(3.0), name: "x")
        let tape = GradientTape()
        let y = try tape.record { try x.value ** 2 }
        tf.expect("seed_basic", "y", y)
        tf.expect("seed_basic", "dy_dx", try tape.gradient(y, x))

        let x2 = Variable(Tensor(2.0))
        let tape2 = GradientTape()
        let p = try tape2.record { try 3 * x2.value ** 3 + 2 * x2.value ** 2 + x2.value + 1 }
        tf.expect("seed_polynomial", "y", p)
        tf.expect("seed_polynomial", "dy_dx", try tape2.gradient(p, x2))

        let c = Tensor(3.0)
        let tape3 = GradientTape()
        let q = try tape3.record { () throws -> Tensor in
            tape3.watch(c)
            return try c ** 2
        }
        tf.expect("seed_watched_constant", "dy_dx", try tape3.gradient(q, c))
    }

    @Test func seedTwoVariablesAndPersistentTape() throws {
        let x = Variable(Tensor(2.0), name: "x")
        let y = Variable(Tensor(3.0), name: "y")
        let tape = GradientTape(persistent: true)
        let z = try tape.record { try x.value ** 2 + 3 * x.value * y.value + y.value ** 3 }
        let g = try tape.gradient(z, [x, y])
        tf.expect("seed_two_variables", "z", z)
        tf.expect("seed_two_variables", "dz_dx", g[0])
        tf.expect("seed_two_variables", "dz_dy", g[1])
        let named = try tape.gradient(z, ["x": .variable(x), "y": .variable(y)])
        tf.expect("seed_two_variables", "dict_x", named["x"] ?? nil)
        tf.expect("seed_two_variables", "dict_y", named["y"] ?? nil)

        let p = GradientTape(persistent: true)
        let (z1, z2, z3) = try p.record { () throws -> (Tensor, Tensor, Tensor) in
            (try x.value ** 2 + y.value ** 2, try x.value * y.value, try sin(x.value) + cos(y.value))
        }
        for (name, target) in [("z1", z1), ("z2", z2), ("z3", z3)] {
            tf.expect("seed_persistent", name, target)
            let grads = try p.gradient(target, [x, y])
            tf.expect("seed_persistent", name + "_dx", grads[0])
            tf.expect("seed_persistent", name + "_dy", grads[1])
        }
    }

    @Test func seedSecondDerivatives() throws {
        for (caseName, f) in [
            ("seed_second_derivative_x4", { (x: Tensor) throws -> Tensor in try x ** 4 }),
            ("seed_exp_sin", { (x: Tensor) throws -> Tensor in try exp(x) * sin(x) }),
        ] {
            let x = Variable(Tensor(caseName == "seed_exp_sin" ? 1.0 : 2.0))
            let outer = GradientTape()
            let inner = GradientTape()
            let (y, first) = try outer.record { () throws -> (Tensor, Tensor?) in
                let y = try inner.record { try f(x.value) }
                return (y, try inner.gradient(y, x))
            }
            tf.expect(caseName, "y", y)
            tf.expect(caseName, "first", first)
            tf.expect(caseName, "second", try outer.gradient(try #require(first), x))
        }
    }

    @Test func seedLinearModel() throws {
        let x = try Tensor(nested: [[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]])
        let w = try Variable([[0.1, 0.2], [0.3, 0.4], [0.5, 0.6]])
        let b = try Variable([0.1, 0.2])
        let tape = GradientTape()
        let (predictions, loss) = try tape.record { () throws -> (Tensor, Tensor) in
            let predictions = try matmul(x, w.value) + b.value
            let targets = try Tensor(nested: [[1.0, 0.0], [0.0, 1.0]])
            return (predictions, try reduceMean(try square(predictions - targets)))
        }
        let g = try tape.gradient(loss, [w, b])
        tf.expect("seed_linear_model", "predictions", predictions)
        tf.expect("seed_linear_model", "loss", loss)
        tf.expect("seed_linear_model", "dW", g[0])
        tf.expect("seed_linear_model", "db", g[1])
    }

    @Test func unconnectedGradientsAndSecondCall() throws {
        let x = Variable(Tensor(2.0))
        let frozen = Variable(Tensor(5.0), trainable: false)
        let outside = try x.value ** 2
        let tape = GradientTape(persistent: true)
        let (viaInt, viaOutside, viaStop, viaFrozen) = try tape.record { () throws -> (Tensor, Tensor, Tensor, Tensor) in
            (try cast(try cast(x.value, to: .int32), to: .float32) + 1.0, try outside + 1.0,
             try stopGradient(x.value) * 3.0, try frozen.value * x.value)
        }
        let name = "semantics_unconnected"
        tf.expect(name, "cast_int", try tape.gradient(viaInt, x))
        tf.expect(name, "outside_record", try tape.gradient(viaOutside, x))
        tf.expect(name, "stop_gradient", try tape.gradient(viaStop, x))
        tf.expect(name, "untrainable", try tape.gradient(viaFrozen, frozen))
        tf.expect(name, "trainable_partner", try tape.gradient(viaFrozen, x))
        tf.expect(name, "cast_int_zero", try tape.gradient(viaInt, x, unconnected: .zero))

        let once = GradientTape()
        let y = try once.record { try x.value ** 2 }
        tf.expect("semantics_second_call", "first", try once.gradient(y, x))
        let error = #expect(throws: TensorError.self) { try once.gradient(y, x) }
        let expected = try #require(tf.error("semantics_second_call", "second"))
        #expect(error?.message.contains(expected) == true)
    }

    @Test func nonDifferentiablePointsAndTies() throws {
        let x = try Tensor(nested: [0.0, -1.0, 2.0])
        let a = try Tensor(nested: [1.0, 2.0, 3.0])
        let b = try Tensor(nested: [1.0, 3.0, 2.0])
        let m = try Tensor(nested: [[3.0, 1.0, 3.0], [2.0, 2.0, 2.0]])
        let tape = GradientTape(persistent: true)
        let (r, ab, hi, lo, mx) = try tape.record { () throws -> (Tensor, Tensor, Tensor, Tensor, Tensor) in
            [x, a, b, m].forEach(tape.watch)
            return (try relu(x), try abs(x), try maximum(a, b), try minimum(a, b), try reduceMax(m, axis: 1))
        }
        let name = "semantics_kinks"
        tf.expect(name, "relu", try tape.gradient(r, x))
        tf.expect(name, "abs", try tape.gradient(ab, x))
        tf.expect(name, "maximum_a", try tape.gradient(hi, a))
        tf.expect(name, "maximum_b", try tape.gradient(hi, b))
        tf.expect(name, "minimum_a", try tape.gradient(lo, a))
        tf.expect(name, "minimum_b", try tape.gradient(lo, b))
        tf.expect(name, "reduce_max", try tape.gradient(mx, m))
    }

    @Test func jacobianAndOutputGradients() throws {
        let x = try Variable([1.0, 2.0, 3.0])
        let tape = GradientTape(persistent: true)
        let y = try tape.record { try sin(x.value) * x.value }
        let name = "semantics_jacobian_and_output_gradients"
        tf.expect(name, "jacobian", try tape.jacobian(y, x))
        tf.expect(name, "weighted", try tape.gradient(y, x, outputGradients: try Tensor(nested: [1.0, 0.5, -1.0])))
    }

    @Test func softmaxCrossEntropy() throws {
        let logits = try Variable([[2.0, 1.0, 0.1], [0.5, 2.5, 0.3]])
        let labels = try Tensor(nested: [[1.0, 0.0, 0.0], [0.0, 0.0, 1.0]])
        let tape = GradientTape()
        let (probs, loss) = try tape.record { () throws -> (Tensor, Tensor) in
            let probs = try softmax(logits.value, axis: -1)
            return (probs, try reduceMean(try -reduceSum(labels * log(probs), axis: 1)))
        }
        tf.expect("softmax_cross_entropy", "probs", probs)
        tf.expect("softmax_cross_entropy", "loss", loss)
        tf.expect("softmax_cross_entropy", "dlogits", try tape.gradient(loss, logits))
    }

    @Test func logisticRegressionThreeHundredSteps() throws {
        let x = try Tensor(nested: [[0.5, 1.2], [-1.0, 0.3], [1.5, -0.4], [-0.7, -1.1], [0.2, 0.9], [2.0, 1.0],
                                    [-1.5, 0.5], [0.8, -0.6], [1.1, 1.7], [-0.3, -0.2]])
        let y = try Tensor(nested: [[1.0], [0.0], [1.0], [0.0], [1.0], [1.0], [0.0], [1.0], [1.0], [0.0]])
        let w = Variable(try Tensor.zeros([2, 1]), name: "w")
        let b = Variable(try Tensor.zeros([1]), name: "b")
        var losses: [Double] = []
        for _ in 0..<300 {
            let tape = GradientTape()
            let loss = try tape.record { () throws -> Tensor in
                let p = try sigmoid(try matmul(x, w.value) + b.value)
                let terms = try y * log(p) + (1.0 - y) * log(1.0 - p)
                return try reduceMean(try -terms)
            }
            let g = try tape.gradient(loss, [w, b])
            try w.assignSub(try 0.5 * #require(g[0]))
            try b.assignSub(try 0.5 * #require(g[1]))
            losses.append(try loss.scalarValue())
        }
        // 300 float32 steps accumulate rounding differences, hence the looser tolerance.
        tf.expect("logistic_regression", "w", w.value, relativeTolerance: 1e-4)
        tf.expect("logistic_regression", "b", b.value, relativeTolerance: 1e-3)
        tf.expect("logistic_regression", "losses", try Tensor(shape: [300], scalars: losses), relativeTolerance: 1e-4)
    }
}

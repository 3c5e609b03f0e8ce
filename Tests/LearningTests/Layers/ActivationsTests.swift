import Autodiff
import Learning
import Testing

/// The activations against TensorFlow (values, first and second derivatives, at ±100 and 0) and finite differences.
@Suite struct ActivationsTests {
    static var activations: [String: (Tensor) throws -> Tensor] { [
        "relu": { try relu($0) }, "leaky_relu": { try Activations.leakyRelu($0, alpha: 0.2) },
        "elu": { try Activations.elu($0) }, "gelu": { try Activations.gelu($0) }, "sigmoid": { try sigmoid($0) },
        "tanh": { try tanh($0) }, "softplus": { try Activations.softplus($0) }, "softmax": { try softmax($0) },
        "log_softmax": { try Activations.logSoftmax($0) },
    ] }

    @Test func everyActivationMatchesTensorFlow() throws {
        let keras = try KerasReference.load()
        let w = try Tensor(nested: [[1.0, -0.5, 2.0, 0.25], [0.5, 1.5, -1.0, 3.0]])
        for (name, f) in Self.activations {
            let x = try Variable([[-100.0, -3.0, -0.5, 0.0], [0.25, 1.0, 4.0, 100.0]])
            let outer = GradientTape()
            let inner = GradientTape()
            let (y, g) = try outer.record { () throws -> (Tensor, Tensor) in
                let (y, s) = try inner.record { () throws -> (Tensor, Tensor) in
                    let y = try f(x.value)
                    return (y, try reduceSum(try y * w))
                }
                return (y, try reduceSum(try #require(try inner.gradient(s, x)) * w))
            }
            let first = try GradientTape.firstDerivative(of: f, at: x, weights: w)
            keras.expect("learning_activations", name + "_y", y)
            keras.expect("learning_activations", name + "_dx", first)
            keras.expect("learning_activations", name + "_d2x", try outer.gradient(g, x))
        }
    }

    @Test func gradientsMatchFiniteDifferences() throws {
        let x = try Tensor(nested: [[-3.0, -0.5, 0.3], [0.25, 1.0, 4.0]], dtype: .float64)
        for (name, f) in Self.activations where name != "relu" {
            try GradCheck.check(x, f)
            try GradCheck.checkSecondOrder(x, f)
        }
    }
}

extension GradientTape {
    /// The gradient of `Σ f(x) · w` with respect to `x`, from a fresh tape.
    static func firstDerivative(of f: (Tensor) throws -> Tensor, at x: Variable, weights w: Tensor) throws -> Tensor? {
        let tape = GradientTape()
        let s = try tape.record { try reduceSum(try f(x.value) * w) }
        return try tape.gradient(s, x)
    }
}

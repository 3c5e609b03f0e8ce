import Autodiff
import Learning
import Testing

/// `customGradient` against TensorFlow's documented examples: a stable `log1pexp`, gradient
/// clipping by norm, and a second derivative through a custom backward rule.
@Suite struct CustomGradientParityTests {
    @Test func log1pexpMatchesTensorFlow() throws {
        let keras = try KerasReference.load()
        let log1pexp = customGradient { x in
            let e = try exp(x)
            return (try log(try 1.0 + e), { upstream in try upstream * (try 1.0 - (try 1.0 / (try 1.0 + e))) })
        }
        let x = try Variable([0.0, 2.0, 10.0, 50.0])
        let tape = GradientTape()
        let y = try tape.record { try log1pexp(x.value) }
        keras.expect("learning_custom_gradient", "log1pexp_y", y)
        keras.expect("learning_custom_gradient", "log1pexp_dx", try tape.gradient(y, x))
    }

    @Test func gradientClippingMatchesTensorFlow() throws {
        let keras = try KerasReference.load()
        let clipGradients = customGradient { y in (y, { dy in try clipByNorm(dy, clipNorm: 0.5) }) }
        let v = try Variable([1.0, -2.0, 3.0])
        let tape = GradientTape()
        let z = try tape.record { try reduceSum(try clipGradients(v.value) * (try Tensor(nested: [2.0, 1.0, -2.0]))) }
        keras.expect("learning_custom_gradient", "clip_dv", try tape.gradient(z, v))
    }

    @Test func secondDerivativeThroughTheCustomRule() throws {
        let keras = try KerasReference.load()
        let cube = customGradient { x in (try x * x * x, { dy in try dy * 3.0 * x * x }) }
        let c = try Variable([0.5, -1.5, 2.0])
        let outer = GradientTape()
        let inner = GradientTape()
        let (y, g) = try outer.record { () throws -> (Tensor, Tensor) in
            let y = try inner.record { try reduceSum(try cube(c.value)) }
            return (y, try #require(try inner.gradient(y, c)))
        }
        keras.expect("learning_custom_gradient", "cube_y", y)
        keras.expect("learning_custom_gradient", "cube_dx", g)
        keras.expect("learning_custom_gradient", "cube_d2x", try outer.gradient(g, c))
    }
}

import Autodiff

/// Adam (Keras 3's `Adam`): with `t = iterations + 1`,
/// `α = lr·sqrt(1 - β₂ᵗ) / (1 - β₁ᵗ)`, `m += (g - m)(1 - β₁)`, `s += (g² - s)(1 - β₂)`,
/// `v -= m·α / (sqrt(s) + ε)` (ε outside the root).
public class Adam: Optimizer {
    /// The decay of the first moment.
    public let beta1: Double
    /// The decay of the second moment.
    public let beta2: Double
    /// Added to the root of the second moment.
    public let epsilon: Double

    /// Creates the optimizer with Keras's defaults.
    public init(learningRate: Double = 0.001, beta1: Double = 0.9, beta2: Double = 0.999, epsilon: Double = 1e-7,
                weightDecay: Double? = nil) {
        self.beta1 = beta1
        self.beta2 = beta2
        self.epsilon = epsilon
        super.init(learningRate: learningRate, weightDecay: weightDecay)
    }

    /// The first and second moments.
    public override func makeState(for variable: Variable) throws -> [Tensor] {
        [try zeros(like: variable), try zeros(like: variable)]
    }

    /// Keras's Adam step.
    public override func update(gradient g: Tensor, variable v: Variable, state: inout [Tensor]) throws {
        let lr = constant(learningRate, v)
        let step = constant(Double(iterations + 1), v)
        let beta1Power = try pow(constant(beta1, v), step)
        let beta2Power = try pow(constant(beta2, v), step)
        let one = constant(1, v)
        let alpha = try (try lr * (try sqrt(try one - beta2Power))) / (try one - beta1Power)
        state[0] = try state[0] + (try (try g - state[0]) * constant(1 - beta1, v))
        state[1] = try state[1] + (try (try square(g) - state[1]) * constant(1 - beta2, v))
        try v.assignSub(try (try state[0] * alpha) / (try sqrt(state[1]) + constant(epsilon, v)))
    }
}

/// Adam with decoupled weight decay (Keras 3's `AdamW`): `v -= v·weightDecay·lr` on every variable
/// given a gradient (biases included), then the Adam step.
public final class AdamW: Adam {
    /// Creates the optimizer with Keras's defaults (weight decay 0.004).
    public init(learningRate: Double = 0.001, beta1: Double = 0.9, beta2: Double = 0.999, epsilon: Double = 1e-7,
                weightDecay: Double = 0.004) {
        super.init(learningRate: learningRate, beta1: beta1, beta2: beta2, epsilon: epsilon, weightDecay: weightDecay)
    }
}

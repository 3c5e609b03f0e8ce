import Autodiff

/// RMSProp (Keras 3's `RMSprop`, not centred): `s = ρ·s + (1-ρ)·g²`, `Δ = lr·g / sqrt(s + ε)`
/// (ε inside the root), then `v -= Δ`, or with momentum `m = μ·m + Δ`, `v -= m`.
public final class RMSProp: Optimizer {
    /// The decay of the running mean of squared gradients.
    public let rho: Double
    /// The momentum factor (0 turns momentum off).
    public let momentum: Double
    /// Added to the running mean before the square root.
    public let epsilon: Double

    /// Creates the optimizer with Keras's defaults.
    public init(learningRate: Double = 0.001, rho: Double = 0.9, momentum: Double = 0, epsilon: Double = 1e-7,
                weightDecay: Double? = nil) {
        self.rho = rho
        self.momentum = momentum
        self.epsilon = epsilon
        super.init(learningRate: learningRate, weightDecay: weightDecay)
    }

    /// The running mean of squared gradients, and a momentum buffer when momentum is on.
    public override func makeState(for variable: Variable) throws -> [Tensor] {
        momentum > 0 ? [try zeros(like: variable), try zeros(like: variable)] : [try zeros(like: variable)]
    }

    /// Keras's RMSprop step.
    public override func update(gradient g: Tensor, variable v: Variable, state: inout [Tensor]) throws {
        let lr = constant(learningRate, v)
        state[0] = try (try constant(rho, v) * state[0]) + (try constant(1 - rho, v) * (try square(g)))
        let increment = try (try lr * g) / (try sqrt(try state[0] + constant(epsilon, v)))
        if momentum > 0 {
            state[1] = try (try constant(momentum, v) * state[1]) + increment
            try v.assignSub(state[1])
        } else {
            try v.assignSub(increment)
        }
    }
}

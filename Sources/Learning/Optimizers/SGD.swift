import Autodiff

/// Stochastic gradient descent with optional momentum and Nesterov momentum (Keras 3's `SGD`).
///
/// Without momentum `v -= g·lr`. With momentum `m = m·μ - g·lr`, then `v += m`, or with Nesterov
/// `v += m·μ - g·lr`.
public final class SGD: Optimizer {
    /// The momentum factor μ (0 turns momentum off).
    public let momentum: Double
    /// Whether to use Nesterov momentum.
    public let nesterov: Bool

    /// Creates the optimizer with Keras's defaults.
    /// - Throws: `TensorError` for a momentum outside `[0, 1]`.
    public init(learningRate: Double = 0.01, momentum: Double = 0, nesterov: Bool = false, weightDecay: Double? = nil) throws {
        guard (0...1).contains(momentum) else { throw TensorError("SGD: momentum must be in [0, 1], got \(momentum)") }
        self.momentum = momentum
        self.nesterov = nesterov
        super.init(learningRate: learningRate, weightDecay: weightDecay)
    }

    /// One momentum buffer when momentum is on.
    public override func makeState(for variable: Variable) throws -> [Tensor] {
        momentum != 0 ? [try zeros(like: variable)] : []
    }

    /// Keras's SGD step.
    public override func update(gradient g: Tensor, variable v: Variable, state: inout [Tensor]) throws {
        let lr = constant(learningRate, v)
        guard momentum != 0 else {
            try v.assignSub(try g * lr)
            return
        }
        let mu = constant(momentum, v)
        state[0] = try (try state[0] * mu) - (try g * lr)
        if nesterov {
            try v.assignAdd(try (try state[0] * mu) - (try g * lr))
        } else {
            try v.assignAdd(state[0])
        }
    }
}

import Autodiff

/// What optimizers share (Keras 3's `BaseOptimizer`): the learning rate, the step count, optional
/// decoupled weight decay, and per-variable state created on a variable's first update.
///
/// Subclasses implement `update`; the formulas are Keras's, in its operation order, with every
/// constant converted to the variable's dtype as Keras casts it (see docs/optimizers.md).
open class Optimizer {
    /// The step size; settable between steps (Keras's `learning_rate`).
    public var learningRate: Double
    /// `v -= v · weightDecay · learningRate` before each update, or none (Keras's `weight_decay`).
    public var weightDecay: Double?
    /// How many times `apply` has run (Keras's `iterations`; Adam's bias correction uses it + 1).
    public private(set) var iterations = 0
    private var slots: [ObjectIdentifier: [Tensor]] = [:]

    /// Creates an optimizer with a learning rate and optional weight decay.
    public init(learningRate: Double, weightDecay: Double? = nil) {
        self.learningRate = learningRate
        self.weightDecay = weightDecay
    }

    /// One optimisation step: updates every variable whose gradient is not `nil`.
    ///
    /// A `nil` gradient leaves its variable wholly alone (no weight decay either); all `nil` is
    /// an error, as in Keras.
    /// - Parameters:
    ///   - gradients: one gradient (or `nil`) per variable, each of its variable's shape.
    ///   - variables: the variables to update.
    /// - Throws: `TensorError` for differing counts, all-`nil` gradients or mismatched shapes.
    public func apply(_ gradients: [Tensor?], to variables: [Variable]) throws {
        guard gradients.count == variables.count else {
            throw TensorError("apply: \(gradients.count) gradients for \(variables.count) variables")
        }
        let pairs = zip(gradients, variables).compactMap { g, v in g.map { ($0, v) } }
        guard !pairs.isEmpty else {
            throw TensorError("apply: no gradients provided for any variable: \(variables.map(\.name))")
        }
        for (g, v) in pairs where g.shape != v.shape || g.dtype != v.dtype {
            throw TensorError("apply: gradient of shape \(g.shape) (\(g.dtype.rawValue)) for variable '\(v.name)' of shape \(v.shape) (\(v.dtype.rawValue))")
        }
        if let weightDecay {
            for (_, v) in pairs {
                let value = v.value
                try v.assignSub(try (try value * constant(weightDecay, v)) * constant(learningRate, v))
            }
        }
        for (g, v) in pairs {
            let key = ObjectIdentifier(v)
            var state = try slots[key] ?? makeState(for: v)
            try update(gradient: g, variable: v, state: &state)
            slots[key] = state
        }
        iterations += 1
    }

    /// The state tensors of a variable before its first update (zeros of its shape by default).
    /// - Throws: `TensorError` for a bad shape.
    open func makeState(for variable: Variable) throws -> [Tensor] { [] }

    /// Applies one update to `variable`; `state` is what `makeState` made, as left by the last update.
    /// - Throws: `TensorError` from the tensor operations.
    open func update(gradient: Tensor, variable: Variable, state: inout [Tensor]) throws {}

    /// `value` as a scalar of the variable's dtype (Keras's `ops.cast`).
    public func constant(_ value: Double, _ variable: Variable) -> Tensor {
        Tensor(value, dtype: variable.dtype)
    }

    /// Zeros of the variable's shape and dtype.
    /// - Throws: `TensorError` for a bad shape.
    public func zeros(like variable: Variable) throws -> Tensor {
        try Tensor.zeros(variable.shape, dtype: variable.dtype)
    }
}

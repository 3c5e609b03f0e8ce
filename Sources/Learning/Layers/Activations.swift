import Autodiff

/// An activation: a function from tensors to tensors, usable as a value (`activation: relu`).
public typealias Activation = (Tensor) throws -> Tensor

/// The activations of DSL.md §9 beyond Autodiff's own `relu`, `sigmoid`, `tanh` and `softmax`,
/// each written as TensorFlow writes it so values and gradients match.
public enum Activations {
    /// The identity, `Dense`'s default activation.
    public static func identity(_ x: Tensor) -> Tensor { x }

    /// `x` where positive, `alpha · x` elsewhere (Autodiff's `leakyRelu`, TensorFlow's numerics).
    /// - Throws: `TensorError` for a non-floating tensor.
    public static func leakyRelu(_ x: Tensor, alpha: Double = 0.2) throws -> Tensor {
        try Autodiff.leakyRelu(x, alpha: alpha)
    }

    /// `x` where positive, `e^x - 1` elsewhere; at 0 the gradient is 1 and the second derivative 0,
    /// as TensorFlow's `elu` (whose second-order rule tests the output `< 0`).
    /// - Throws: `TensorError` for a non-floating tensor.
    public static func elu(_ x: Tensor) throws -> Tensor {
        let zero = Tensor(0, dtype: x.dtype)
        // The unused branch sees min(x, 0), so e^x cannot overflow.
        return try select(try compare(.greaterEqual, x, zero), x, try expm1(try minimum(x, zero)))
    }

    /// The exact Gaussian error linear unit `x/2 · (1 + erf(x/√2))` (TensorFlow's default `gelu`).
    /// - Throws: `TensorError` for a non-floating tensor.
    public static func gelu(_ x: Tensor) throws -> Tensor {
        try (0.5 * x) * (1.0 + (try erf(try x / 2.0.squareRoot())))
    }

    /// `log(1 + e^x)`, computed as `max(x, 0) + log1p(e^-|x|)` so large inputs do not overflow;
    /// its gradient is `sigmoid(x)` (also at 0, where the composed form's would not be).
    /// - Throws: `TensorError` for a non-floating tensor.
    public static func softplus(_ x: Tensor) throws -> Tensor {
        let withGradient = customGradient { x in
            let value = try maximum(x, Tensor(0, dtype: x.dtype)) + (try log1p(try exp(try negate(try abs(x)))))
            return (value, { g in try g * (try sigmoid(x)) })
        }
        return try withGradient(x)
    }

    /// `x - log(Σ e^x)` along `axis` (the last by default), stable for large values.
    /// - Throws: `TensorError` for a bad axis or a non-floating tensor.
    public static func logSoftmax(_ x: Tensor, axis: Int = -1) throws -> Tensor {
        try x - (try reduceLogSumExp(x, axes: [axis], keepDims: true))
    }
}

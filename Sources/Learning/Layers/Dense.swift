import Autodiff

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A fully connected layer `activation(x · weight + bias)` (Keras's `Dense`).
public struct Dense: Layer {
    /// The `[inputSize, outputSize]` kernel.
    public let weight: Variable
    /// The `[outputSize]` bias.
    public let bias: Variable
    /// Applied to the affine map; the identity unless given.
    public let activation: Activation

    /// A layer with Glorot-uniform weights drawn from the seeded generator (`setSeed`) and zero bias.
    ///
    /// The weights are uniform in `[-l, l)` with `l = sqrt(6 / (inputSize + outputSize))`, Keras's default.
    /// - Throws: `TensorError` for negative sizes.
    public init(inputSize: Int, outputSize: Int, activation: @escaping Activation = Activations.identity) throws {
        guard inputSize > 0, outputSize > 0 else {
            throw TensorError("Dense: sizes must be positive, got inputSize \(inputSize) and outputSize \(outputSize)")
        }
        let limit = sqrt(6 / Double(inputSize + outputSize))
        self.init(
            weight: Variable(try Tensor.randomUniform([inputSize, outputSize], min: -limit, max: limit), name: "weight"),
            bias: Variable(try Tensor.zeros([outputSize]), name: "bias"),
            activation: activation)
    }

    /// A layer with given variables.
    public init(weight: Variable, bias: Variable, activation: @escaping Activation = Activations.identity) {
        self.weight = weight
        self.bias = bias
        self.activation = activation
    }

    /// A layer whose variables start from given tensors.
    /// - Throws: `TensorError` unless the weight is a matrix and the bias a vector of its column count.
    public init(weight: Tensor, bias: Tensor, activation: @escaping Activation = Activations.identity) throws {
        guard weight.rank == 2, bias.shape == [weight.shape[1]] else {
            throw TensorError("Dense: weight of shape \(weight.shape) does not fit bias of shape \(bias.shape)")
        }
        self.init(weight: Variable(weight, name: "weight"), bias: Variable(bias, name: "bias"), activation: activation)
    }

    /// `activation(input · weight + bias)`.
    /// - Throws: `TensorError` when the input's last axis is not `inputSize`.
    public func callAsFunction(_ input: Tensor) throws -> Tensor {
        try activation(try matmul(input, weight.value) + bias.value)
    }
}

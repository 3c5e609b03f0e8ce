import Autodiff

/// A differentiable function with trainable state (DSL.md §9's `protocol Layer`).
public protocol Layer {
    /// Applies the layer to a batch.
    /// - Throws: `TensorError` (or an error of an author's layer) when the input does not fit.
    func callAsFunction(_ input: Tensor) throws -> Tensor
}

extension Layer {
    /// The trainable variables reachable through the layer's stored properties (see `trainableVariables(in:)`).
    public var trainableVariables: [Variable] { Learning.trainableVariables(in: self) }
}

/// A model run layer after layer (DSL.md §9's `Sequential`).
public struct Sequential: Layer {
    /// The layers, first applied first.
    public var layers: [any Layer]

    /// Creates the model from its layers.
    public init(_ layers: [any Layer]) {
        self.layers = layers
    }

    /// The input passed through every layer in order.
    public func callAsFunction(_ input: Tensor) throws -> Tensor {
        try input.sequenced(through: layers)
    }
}

extension Tensor {
    /// `self` passed through `layers` in order (Swift for TensorFlow's `sequenced(through:)`).
    /// - Throws: the first layer's error.
    public func sequenced(through layers: any Layer...) throws -> Tensor {
        try sequenced(through: layers)
    }

    /// `self` passed through the array of `layers` in order.
    /// - Throws: the first layer's error.
    public func sequenced(through layers: [any Layer]) throws -> Tensor {
        var x = self
        for layer in layers { x = try layer(x) }
        return x
    }
}

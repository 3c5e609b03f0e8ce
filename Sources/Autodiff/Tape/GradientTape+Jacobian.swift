/// `jacobian`: one reverse pass per element of the target.
extension GradientTape {
    /// The full Jacobian of `target` with respect to `source`, shaped `target.shape + source.shape`.
    ///
    /// Row `i` is the gradient of element `i` of `target` (a one-hot `outputGradients`), so a
    /// target of `n` elements costs `n` reverse passes. Like `gradient`, it counts as the one
    /// call a non-persistent tape allows, and an outer tape records it.
    /// - Parameters:
    ///   - target: the value to differentiate.
    ///   - source: the tensor or variable to differentiate with respect to.
    ///   - unconnected: `.none` gives `nil` when the source does not reach the target; `.zero` gives zeros.
    /// - Returns: the Jacobian, or `nil` when unconnected.
    /// - Throws: `TensorError` on a second call to a non-persistent tape.
    public func jacobian(_ target: Tensor, _ source: GradientSource, unconnected: UnconnectedGradients = .none)
        throws(TensorError) -> Tensor?
    {
        try beginGradientCall("jacobian")
        defer { endGradientCall() }
        let resultShape = target.shape + source.shape
        let sourceCount = source.shape.reduce(1, *)
        var rows: [Tensor] = []
        var connected = false
        for i in 0..<target.scalarCount {
            var oneHot = [Double](repeating: 0, count: target.scalarCount)
            oneHot[i] = 1
            let seed = try Tensor(shape: target.shape, scalars: oneHot, dtype: target.dtype)
            if let g = try backward(from: target, seed: seed, sources: [source.identity])[0] {
                connected = true
                rows.append(try reshape(g, [1, sourceCount]))
            } else {
                rows.append(try Tensor.zeros([1, sourceCount], dtype: source.dtype))
            }
        }
        if !connected && unconnected == .none { return nil }
        if rows.isEmpty { return try Tensor.zeros(resultShape, dtype: source.dtype) }
        return try reshape(try concat(rows, axis: 0), resultShape)
    }

    /// The Jacobian with respect to a tensor; see `jacobian(_:_:unconnected:)`.
    public func jacobian(_ target: Tensor, _ source: Tensor, unconnected: UnconnectedGradients = .none)
        throws(TensorError) -> Tensor?
    {
        try jacobian(target, .tensor(source), unconnected: unconnected)
    }

    /// The Jacobian with respect to a variable; see `jacobian(_:_:unconnected:)`.
    public func jacobian(_ target: Tensor, _ source: Variable, unconnected: UnconnectedGradients = .none)
        throws(TensorError) -> Tensor?
    {
        try jacobian(target, .variable(source), unconnected: unconnected)
    }
}

/// `gradient` and the reverse pass behind it.
extension GradientTape {
    /// The gradients of `target` with respect to each source (TensorFlow's `tape.gradient(target, [a, b])`).
    ///
    /// A non-scalar target is summed first (unless `outputGradients` is given, which weights it).
    /// - Parameters:
    ///   - target: the value to differentiate.
    ///   - sources: the tensors and variables to differentiate with respect to.
    ///   - unconnected: what to return for a source that does not reach the target.
    ///   - outputGradients: the upstream gradient, shaped like `target` (default: ones).
    /// - Returns: one gradient per source, shaped like it; `nil` where it is unconnected and `unconnected` is `.none`.
    /// - Throws: `TensorError` on a second call to a non-persistent tape or a mis-shaped `outputGradients`.
    public func gradient(
        _ target: Tensor, _ sources: [GradientSource], unconnected: UnconnectedGradients = .none,
        outputGradients: Tensor? = nil
    ) throws(TensorError) -> [Tensor?] {
        try beginGradientCall("gradient")
        defer { endGradientCall() }
        let seed = try seedGradient(for: target, outputGradients)
        let grads = try backward(from: target, seed: seed, sources: sources.map(\.identity))
        return try sources.map { (source) throws(TensorError) -> Tensor? in
            if let g = grads[ObjectIdentifier(source.identity)] { return g }
            return unconnected == .zero ? try Tensor.zeros(source.shape, dtype: source.dtype) : nil
        }
    }

    /// The gradient with respect to one tensor; see `gradient(_:_:unconnected:outputGradients:)`.
    public func gradient(
        _ target: Tensor, _ source: Tensor, unconnected: UnconnectedGradients = .none, outputGradients: Tensor? = nil
    ) throws(TensorError) -> Tensor? {
        try gradient(target, [.tensor(source)], unconnected: unconnected, outputGradients: outputGradients)[0]
    }

    /// The gradient with respect to one variable; see `gradient(_:_:unconnected:outputGradients:)`.
    public func gradient(
        _ target: Tensor, _ source: Variable, unconnected: UnconnectedGradients = .none, outputGradients: Tensor? = nil
    ) throws(TensorError) -> Tensor? {
        try gradient(target, [.variable(source)], unconnected: unconnected, outputGradients: outputGradients)[0]
    }

    /// The gradients with respect to several variables, in order.
    public func gradient(
        _ target: Tensor, _ sources: [Variable], unconnected: UnconnectedGradients = .none,
        outputGradients: Tensor? = nil
    ) throws(TensorError) -> [Tensor?] {
        try gradient(target, sources.map(GradientSource.variable), unconnected: unconnected,
                     outputGradients: outputGradients)
    }

    /// The gradients with respect to several tensors, in order.
    public func gradient(
        _ target: Tensor, _ sources: [Tensor], unconnected: UnconnectedGradients = .none,
        outputGradients: Tensor? = nil
    ) throws(TensorError) -> [Tensor?] {
        try gradient(target, sources.map(GradientSource.tensor), unconnected: unconnected,
                     outputGradients: outputGradients)
    }

    /// The gradients with respect to named sources; the result has the same keys.
    public func gradient(
        _ target: Tensor, _ sources: [String: GradientSource], unconnected: UnconnectedGradients = .none,
        outputGradients: Tensor? = nil
    ) throws(TensorError) -> [String: Tensor?] {
        let keys = Array(sources.keys)
        let values = try gradient(target, keys.compactMap { sources[$0] }, unconnected: unconnected,
                                  outputGradients: outputGradients)
        return Dictionary(uniqueKeysWithValues: zip(keys, values))
    }

    /// Ones shaped like `target`, or the caller's `outputGradients` after checking its shape and dtype.
    func seedGradient(for target: Tensor, _ outputGradients: Tensor?) throws(TensorError) -> Tensor {
        guard let given = outputGradients else { return try Tensor.ones(target.shape, dtype: target.dtype) }
        guard given.shape == target.shape else {
            throw .outputGradientsShape(given.shape, target.shape)
        }
        guard given.dtype == target.dtype else { throw .dtypeMismatch("gradient", given.dtype, target.dtype) }
        return given
    }

    /// The reverse pass: gradients of every recorded value between `sources` and `target`.
    ///
    /// Only operations downstream of a source are visited, and only inputs downstream of a
    /// source receive gradients. Operations run in reverse recording order, which is a
    /// reverse topological order, so each gradient is complete before it is propagated.
    func backward(from target: Tensor, seed: Tensor, sources: [TensorIdentity]) throws(TensorError)
        -> [ObjectIdentifier: Tensor]
    {
        guard target.dtype.isFloatingPoint else { return [:] }
        var influenced = Set(sources.map(ObjectIdentifier.init))
        for op in operations where op.inputs.contains(where: { influenced.contains(ObjectIdentifier($0)) }) {
            influenced.insert(ObjectIdentifier(op.output))
        }
        let targetID = ObjectIdentifier(target.identity)
        guard influenced.contains(targetID) else { return [:] }
        return try computingGradient { () throws(TensorError) -> [ObjectIdentifier: Tensor] in
            var grads: [ObjectIdentifier: Tensor] = [targetID: seed]
            for op in operations.reversed() {
                guard let upstream = grads[ObjectIdentifier(op.output)] else { continue }
                let needed = op.inputs.map { influenced.contains(ObjectIdentifier($0)) }
                guard needed.contains(true) else { continue }
                let inputGrads = try op.backward(upstream, needed)
                for (input, grad) in zip(op.inputs, inputGrads) {
                    guard let grad, influenced.contains(ObjectIdentifier(input)) else { continue }
                    let key = ObjectIdentifier(input)
                    grads[key] = try grads[key].map { (sum) throws(TensorError) in try add(sum, grad) } ?? grad
                }
            }
            return grads
        }
    }
}

extension TensorError {
    static func outputGradientsShape(_ given: [Int], _ target: [Int]) -> TensorError {
        TensorError("gradient: outputGradients has shape \(given) but the target has shape \(target)")
    }
}

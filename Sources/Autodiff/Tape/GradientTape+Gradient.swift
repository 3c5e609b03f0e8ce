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
        var grads = try backward(from: target, seed: seed, sources: sources.map(\.identity))
        for (index, source) in sources.enumerated() where grads[index] == nil && unconnected == .zero {
            grads[index] = try Tensor.zeros(source.shape, dtype: source.dtype)
        }
        return grads
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
    /// - Returns: the gradient of each source, in order; `nil` where it does not reach the target.
    func backward(from target: Tensor, seed: Tensor, sources: [TensorIdentity]) throws(TensorError)
        -> [Tensor?]
    {
        guard target.dtype.isFloatingPoint, let targetSlot = existingSlot(of: target.identity) else {
            return [Tensor?](repeating: nil, count: sources.count)
        }
        // Slots and operations recorded from here on (a persistent tape recording its own
        // backward pass) are not part of this pass.
        let count = slotCount
        let operationCount = operations.count
        var influenced = [Bool](repeating: false, count: count)
        for source in sources {
            if let slot = existingSlot(of: source) { influenced[slot] = true }
        }
        for op in operations where op.inputSlots.contains(where: { influenced[$0] }) {
            influenced[op.outputSlot] = true
        }
        guard influenced[targetSlot] else { return [Tensor?](repeating: nil, count: sources.count) }
        let grads = try computingGradient { () throws(TensorError) -> [Tensor?] in
            var grads = [Tensor?](repeating: nil, count: count)
            grads[targetSlot] = seed
            for index in (0..<operationCount).reversed() {
                guard let upstream = grads[operations[index].outputSlot] else { continue }
                let op = operations[index]
                guard let needed = Self.needed(op.inputSlots, influenced) else { continue }
                let inputGrads = try op.backward(upstream, needed)
                for (slot, grad) in zip(op.inputSlots, inputGrads) {
                    guard let grad, influenced[slot] else { continue }
                    grads[slot] = try grads[slot].map { (sum) throws(TensorError) in try add(sum, grad) } ?? grad
                }
            }
            return grads
        }
        return sources.map { source in existingSlot(of: source).flatMap { grads[$0] } }
    }

    /// Per input slot, whether it leads to a source; `nil` when none does. One- and two-input
    /// operations (nearly all) get shared constant arrays instead of a new one per operation.
    private static func needed(_ slots: InputSlots, _ influenced: [Bool]) -> [Bool]? {
        switch slots.count {
        case 1:
            return influenced[slots[0]] ? oneNeeded : nil
        case 2:
            switch (influenced[slots[0]], influenced[slots[1]]) {
            case (true, true): return bothNeeded
            case (true, false): return firstNeeded
            case (false, true): return secondNeeded
            case (false, false): return nil
            }
        default:
            let needed = slots.map { influenced[$0] }
            return needed.contains(true) ? needed : nil
        }
    }

    private static let oneNeeded = [true]
    private static let bothNeeded = [true, true]
    private static let firstNeeded = [true, false]
    private static let secondNeeded = [false, true]
}

extension TensorError {
    static func outputGradientsShape(_ given: [Int], _ target: [Int]) -> TensorError {
        TensorError("gradient: outputGradients has shape \(given) but the target has shape \(target)")
    }
}

/// Records operations on watched tensors so that gradients can be computed afterwards (TensorFlow's `GradientTape`).
///
/// Tapes nest: while an outer tape records, an inner tape's `gradient` computation is itself
/// recorded, which gives higher-order derivatives. A tape belongs to the thread that records on it;
/// its state is only touched from `record`, `watch` and `gradient` on that thread, which is why the
/// class is `@unchecked Sendable` (it has to live in the task-local stack of active tapes).
public final class GradientTape: @unchecked Sendable {
    /// Whether `gradient` may be called more than once.
    public let persistent: Bool
    /// Whether trainable variables read inside `record` are watched automatically.
    public let watchAccessedVariables: Bool

    /// Identities this tape follows: watched tensors and variables, and outputs of recorded operations.
    private var tracked: [ObjectIdentifier: TensorIdentity] = [:]
    private(set) var operations: [RecordedOperation] = []
    /// True while this tape runs a backward pass.
    private var isComputingGradient = false
    private var hasComputedGradient = false

    /// Creates a tape.
    /// - Parameters:
    ///   - persistent: allow more than one `gradient` / `jacobian` call.
    ///   - watchAccessedVariables: watch trainable variables read inside `record` automatically.
    public init(persistent: Bool = false, watchAccessedVariables: Bool = true) {
        self.persistent = persistent
        self.watchAccessedVariables = watchAccessedVariables
    }

    /// Runs `body` with this tape recording (pushed on the stack of active tapes) and returns its value.
    /// - Parameter body: the computation to record.
    /// - Returns: what `body` returns.
    public func record<T>(_ body: () throws -> T) rethrows -> T {
        let active = TapeContext.active
        // Re-entering the same tape must not record every operation twice.
        if active.contains(where: { $0 === self }) { return try body() }
        return try TapeContext.$active.withValue(active + [self]) {
            try body()
        }
    }

    /// Watches a tensor, so gradients with respect to it can be computed.
    /// - Parameter tensor: the tensor; later uses of this value (and its copies) are followed.
    public func watch(_ tensor: Tensor) {
        guard tensor.dtype.isFloatingPoint else { return }
        track(tensor.identity)
    }

    /// Watches a variable explicitly (needed for `trainable: false` variables or `watchAccessedVariables: false`).
    /// - Parameter variable: the variable; its reads inside `record` are followed from now on.
    public func watch(_ variable: Variable) {
        track(variable.handle)
    }

    /// Whether recording is suspended: a non-persistent tape does not record its own backward pass.
    ///
    /// A persistent tape that computes a gradient inside its own `record` does record it, as in
    /// TensorFlow, so that a later `gradient` call on the result gives a higher derivative.
    var isPaused: Bool {
        isComputingGradient && !persistent
    }

    func isTracked(_ identity: TensorIdentity) -> Bool {
        tracked[ObjectIdentifier(identity)] != nil
    }

    func track(_ identity: TensorIdentity) {
        tracked[ObjectIdentifier(identity)] = identity
    }

    func append(_ operation: RecordedOperation) {
        operations.append(operation)
        track(operation.output)
    }

    /// Marks the start of a `gradient`/`jacobian` call, enforcing TensorFlow's one-call rule.
    func beginGradientCall(_ op: String) throws(TensorError) {
        if !persistent && hasComputedGradient {
            throw .tapeAlreadyUsed(op)
        }
        hasComputedGradient = true
    }

    /// Releases the recording of a non-persistent tape after its one gradient call.
    func endGradientCall() {
        if !persistent {
            operations = []
            tracked = [:]
        }
    }

    /// Runs `body` with recording on this tape paused.
    func computingGradient<T>(_ body: () throws(TensorError) -> T) throws(TensorError) -> T {
        let wasComputing = isComputingGradient
        isComputingGradient = true
        defer { isComputingGradient = wasComputing }
        return try body()
    }
}

extension TensorError {
    /// TensorFlow's message for a second call, plus how to fix it.
    static func tapeAlreadyUsed(_ op: String) -> TensorError {
        TensorError(
            "\(op): A non-persistent GradientTape can only be used to compute one set of gradients "
                + "(or jacobians); create it with GradientTape(persistent: true) to call gradient more than once")
    }
}

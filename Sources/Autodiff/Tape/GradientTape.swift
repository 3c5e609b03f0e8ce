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

    /// Per slot: the identity (kept alive so that its `ObjectIdentifier` is not reused) and whether
    /// the tape follows it (watched, or the output of a recorded operation). Every identity this
    /// tape has seen (watched, or input or output of a recorded operation) has a slot, so the
    /// reverse pass indexes arrays instead of hashing.
    private var entries: [(identity: TensorIdentity, followed: Bool)] = []
    /// The slot of each identity, kept only once a tape has more than `scanLimit` slots: an eager
    /// training step records a dozen values, and scanning those beats hashing and growing a table.
    private var slots: [ObjectIdentifier: Int] = [:]
    private static let scanLimit = 32
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
        // Room for an eager training step, so a new tape does not regrow its arrays four times.
        entries.reserveCapacity(Self.scanLimit)
        operations.reserveCapacity(Self.scanLimit)
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
        guard let slot = existingSlot(of: identity) else { return false }
        return entries[slot].followed
    }

    func track(_ identity: TensorIdentity) {
        entries[slot(of: identity)].followed = true
    }

    /// The slot of `identity`, given a new (not followed) one the first time.
    func slot(of identity: TensorIdentity) -> Int {
        if let slot = existingSlot(of: identity) { return slot }
        let slot = entries.count
        entries.append((identity, false))
        if entries.count == Self.scanLimit + 1 {
            slots.reserveCapacity(2 * entries.count)
            for (index, entry) in entries.enumerated() { slots[ObjectIdentifier(entry.identity)] = index }
        } else if entries.count > Self.scanLimit {
            slots[ObjectIdentifier(identity)] = slot
        }
        return slot
    }

    /// The slot of `identity`, or `nil` if this tape has never seen it.
    func existingSlot(of identity: TensorIdentity) -> Int? {
        if entries.count > Self.scanLimit { return slots[ObjectIdentifier(identity)] }
        // Newest first: an operation's inputs are usually the values recorded just before it.
        var index = entries.count - 1
        while index >= 0 {
            if entries[index].identity === identity { return index }
            index -= 1
        }
        return nil
    }

    /// The number of slots handed out so far.
    var slotCount: Int { entries.count }

    /// Records `output = primitive(inputs)` if one of the `inputCount` inputs (`input(k)`) is
    /// followed; `backward` makes the rule, only when it is recorded.
    ///
    /// Inputs come through a function rather than an array of identities, so recording does not
    /// build one; plain loops rather than `contains(where:)`/`map` with method references, which
    /// would allocate a closure context on every recorded operation.
    func recordIfFollowed(
        inputCount: Int, input: (Int) -> TensorIdentity, output: TensorIdentity, backward: () -> BackwardFunction
    ) {
        var anyFollowed = false
        for k in 0..<inputCount {
            if let slot = existingSlot(of: input(k)), entries[slot].followed {
                anyFollowed = true
                break
            }
        }
        guard anyFollowed else { return }
        // A second lookup per input (a short scan) is cheaper than building a list on the first.
        let inputSlots = InputSlots(count: inputCount) { k in slot(of: input(k)) }
        let outputSlot = slot(of: output)
        entries[outputSlot].followed = true
        operations.append(RecordedOperation(inputSlots: inputSlots, outputSlot: outputSlot, backward: backward()))
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
            slots = [:]
            entries = []
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

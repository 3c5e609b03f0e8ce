/// A mutable, named tensor whose reads inside `GradientTape.record` are watched (TensorFlow's `tf.Variable`).
public final class Variable: CustomStringConvertible {
    /// The name shown by `description` (TensorFlow's default is `Variable`).
    public let name: String
    /// Whether tapes watch this variable automatically when it is read inside `record`.
    public let trainable: Bool
    /// The identity tapes use for the variable itself; stable across assignments.
    let handle = TensorIdentity()
    private var stored: Tensor

    /// Creates a variable holding `initial`.
    /// - Parameters:
    ///   - initial: the first value; its shape and dtype are fixed from now on.
    ///   - name: the display name, `Variable` unless given.
    ///   - trainable: `false` opts out of automatic watching.
    public init(_ initial: Tensor, name: String? = nil, trainable: Bool = true) {
        self.name = name ?? "Variable"
        self.trainable = trainable
        self.stored = initial.withFreshIdentity()
    }

    /// Creates a variable from a scalar or nested literal, e.g. `Variable(3.0, name: "x")`.
    /// - Throws: `TensorError` for ragged literals.
    public convenience init(
        _ literal: TensorLiteral, dtype: DType = .float32, name: String? = nil, trainable: Bool = true
    ) throws(TensorError) {
        self.init(try Tensor(nested: literal, dtype: dtype), name: name, trainable: trainable)
    }

    /// The current shape.
    public var shape: [Int] { stored.shape }

    /// The element type.
    public var dtype: DType { stored.dtype }

    /// The current value; reading it inside `record` watches the variable (if trainable) and
    /// records the read, so gradients flow back to the variable.
    public var value: Tensor {
        let tapes = TapeContext.active
        if tapes.isEmpty { return stored }
        for tape in tapes where trainable && tape.watchAccessedVariables && !tape.isPaused {
            if stored.dtype.isFloatingPoint { tape.track(handle) }
        }
        let read = stored.withFreshIdentity()
        Recorder.record(read, inputs: [handle]) { (upstream, _) throws(TensorError) -> [Tensor?] in [upstream] }
        return read
    }

    /// Replaces the value.
    /// - Parameter newValue: a tensor of the same shape and dtype.
    /// - Throws: `TensorError` when the shape or dtype differs.
    public func assign(_ newValue: Tensor) throws(TensorError) {
        try check(newValue, "assign")
        stored = newValue.withFreshIdentity()
    }

    /// Adds `delta` to the value in place (not recorded by tapes, as in TensorFlow).
    /// - Throws: `TensorError` when the shape or dtype differs.
    public func assignAdd(_ delta: Tensor) throws(TensorError) {
        try check(delta, "assignAdd")
        // The raw kernel: an update is never recorded, and skipping the tape machinery keeps it cheap.
        stored = try Elementwise.binary(.add, stored, delta, op: "assignAdd")
    }

    /// Subtracts `delta` from the value in place (not recorded by tapes, as in TensorFlow).
    /// - Throws: `TensorError` when the shape or dtype differs.
    public func assignSub(_ delta: Tensor) throws(TensorError) {
        try check(delta, "assignSub")
        stored = try Elementwise.binary(.subtract, stored, delta, op: "assignSub")
    }

    private func check(_ t: Tensor, _ op: String) throws(TensorError) {
        guard t.shape == stored.shape else {
            throw .assignShape(op, name: name, stored.shape, t.shape)
        }
        guard t.dtype == stored.dtype else { throw .dtypeMismatch(op, stored.dtype, t.dtype) }
    }

    /// `Variable(name: "x", shape: [], dtype: float32, value: 3.0)`.
    public var description: String {
        let prefix = "Variable(name: \"\(name)\", shape: \(shape), dtype: \(dtype.rawValue), value: "
        return prefix + TensorFormatter.values(of: stored, indent: prefix.count) + ")"
    }
}

extension TensorError {
    static func assignShape(_ op: String, name: String, _ shape: [Int], _ new: [Int]) -> TensorError {
        TensorError("\(op): variable '\(name)' has shape \(shape), cannot assign shape \(new)")
    }
}

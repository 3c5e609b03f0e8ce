/// An instance of a `class` declared in a notebook: its dynamic type and its stored properties.
///
/// A Swift class, so every `Value.object` holding it shares the same storage (reference
/// semantics) and `===` is identity. A subclass's properties come after its superclass's, so an
/// inherited property keeps its index and code compiled against the superclass reads it directly.
public final class ObjectInstance {
    /// The class the instance was created as (its most derived type, used for dynamic dispatch).
    public let type: NominalType
    /// The stored properties, superclass first, each class's in declaration order.
    ///
    /// Unchecked: every access is a short read or an in-place change that runs no notebook code
    /// while it lasts (a store moves a field out before running observers or setters), so the
    /// dynamic exclusivity check Swift adds to a class's `var` would only cost time on every read.
    @exclusivity(unchecked) var fields: [Value]

    init(type: NominalType, fields: [Value]) {
        self.type = type
        self.fields = fields
    }

    /// Runs `body` on the stored properties where they lie, through an in-place access (reading
    /// `fields` copied the array: a retain and a release). `body` must not change the instance.
    @inline(__always)
    func withFieldsInPlace<R>(_ body: (UnsafeBufferPointer<Value>) throws -> R) rethrows -> R {
        try ObjectInstance.borrow(&fields, body)
    }

    @inline(__always)
    private static func borrow<R>(_ fields: inout [Value], _ body: (UnsafeBufferPointer<Value>) throws -> R) rethrows -> R {
        try fields.withUnsafeBufferPointer(body)
    }
}

extension ObjectInstance {
    /// The text `print` shows: the `description` of a `CustomStringConvertible` class, otherwise
    /// the qualified class name, as Swift prints an object (`main.Counter`).
    func text(debug: Bool) -> String {
        type.customText(of: .object(self), debug: debug) ?? GenericArguments.qualifiedTypeName(type, fields)
    }
}

extension RuntimeFailure {
    /// A value of another kind where the static type said a class instance (a lowering bug).
    static var expectedObject: RuntimeFailure { RuntimeFailure("expected a class instance") }
}

/// The dictionary key of a value whose type writes its own `hash(into:)`: hashed by what that method
/// combines and compared with the type's `==` (its own, else the synthesised one), as Swift's
/// `Dictionary` and `Set` use a `Hashable` type.
struct CustomHashKey: Hashable {
    /// The type declaring `hash(into:)`; for classes the topmost one, so that an instance of a
    /// subclass and one of its superclass may be the same key, as the superclass's `==` decides.
    let type: ObjectIdentifier
    /// What `hash(into:)` combined, in order.
    let combined: [HashKey]
    let value: Value
    let equals: ((Value, Value) throws -> Bool)?

    /// Runs `type`'s `hash(into:)` on `value`.
    init(_ value: Value, type: NominalType) throws {
        guard let hashInto = type.inheritedHashInto else { throw RuntimeFailure("type '\(type.name)' has no 'hash(into:)'") }
        var root = type
        var ancestor = type.superclass
        while let a = ancestor {
            if a.hashInto != nil { root = a }
            ancestor = a.superclass
        }
        self.type = ObjectIdentifier(root)
        combined = try hashInto(value)
        self.value = value
        equals = type.inheritedEquals
    }

    func hash(into hasher: inout Hasher) {
        hasher.combine(type)
        hasher.combine(combined)
    }

    /// Whether the type's `==` says the two values are equal (an error inside it counts as unequal).
    static func == (a: CustomHashKey, b: CustomHashKey) -> Bool {
        guard a.type == b.type else { return false }
        if let equals = a.equals { return (try? equals(a.value, b.value)) ?? false }
        return (try? valuesEqual(a.value, b.value)) ?? false
    }
}

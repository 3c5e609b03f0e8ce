/// The value of a declared `struct`: its type and its stored properties in declaration order.
///
/// The fields are a Swift array, so copying a struct value copies a reference (no allocation) and
/// the first change to a shared copy copies the fields: Swift's value semantics, copy-on-write.
public struct StructValue {
    /// The struct's declared type. Not reference-counted, so that copying a value touches one count
    /// (its fields'), not two: the session keeps every struct type it declared alive for as long as
    /// it runs (`Runtime.structTypes`), and values are used only while their session runs.
    public unowned(unsafe) let type: NominalType
    /// The stored properties, in the order the type declares them.
    var fields: [Value]

    init(type: NominalType, fields: [Value]) {
        self.type = type
        self.fields = fields
    }
}

extension Value {
    /// The stored properties of a struct value or class instance as (name, value) pairs in
    /// declaration order (a superclass's first), or nil for a value of another kind (for walking a
    /// model's parameters, e.g. `trainableVariables`).
    public var storedProperties: [(name: String, value: Value)]? {
        if case .object(let o) = self { return zip(o.type.storedProperties, o.fields).map { ($0.name, $1) } }
        guard case .structure(let s) = self else { return nil }
        return zip(s.type.storedProperties, s.fields).map { ($0.name, $1) }
    }
}

/// The storage of a dictionary value: keys and values in insertion order plus a hash index.
///
/// Swift's `Dictionary` iterates in an unspecified, per-process order. Notebooks must print the
/// same text on every run, so our dictionaries iterate (and print) in **insertion order**; this is
/// a deliberate, documented deviation from Swift (see `scripts/regenerate-conformance-goldens.sh`).
public struct OrderedDictionary {
    /// The keys in insertion order.
    public private(set) var keys: [Value] = []
    /// The values, parallel to `keys`.
    public private(set) var values: [Value] = []
    private var index: [HashKey: Int] = [:]

    /// Creates an empty dictionary.
    public init() {}

    /// The number of entries.
    public var count: Int { keys.count }

    /// The value stored for `key`, or nil.
    public func value(for key: Value) throws -> Value? {
        guard let i = index[try HashKey(key)] else { return nil }
        return values[i]
    }

    /// Stores `value` for `key`, keeping the original position of an existing key.
    public mutating func set(_ value: Value, for key: Value) throws {
        let hashKey = try HashKey(key)
        if let i = index[hashKey] {
            values[i] = value
        } else {
            index[hashKey] = keys.count
            keys.append(key)
            values.append(value)
        }
    }

    /// Removes the entry for `key` and returns its value, if there was one.
    @discardableResult
    public mutating func remove(_ key: Value) throws -> Value? {
        let hashKey = try HashKey(key)
        guard let i = index.removeValue(forKey: hashKey) else { return nil }
        let old = values[i]
        keys.remove(at: i)
        values.remove(at: i)
        for (k, position) in index where position > i { index[k] = position - 1 }
        return old
    }

    /// Changes the value stored for `key` in place with `body`; a missing key is first given
    /// `fallback`, at the end (`d[k, default: 0] += 1`). The key is hashed once.
    mutating func modifyValue(for key: Value, default fallback: Value, _ body: (inout Value) throws -> Void) throws {
        let hashKey = try HashKey(key)
        if let i = index[hashKey] { return try body(&values[i]) }
        var value = fallback
        try body(&value)
        index[hashKey] = keys.count
        keys.append(key)
        values.append(value)
    }

    /// The value stored for `key`, moved out: its slot holds `()` until the caller stores it back
    /// with `set`, so the moved value stays uniquely referenced while it is changed.
    mutating func takeValue(for key: Value) throws -> Value? {
        guard let i = index[try HashKey(key)] else { return nil }
        let value = values[i]
        values[i] = .void
        return value
    }
}

/// A hashable projection of the values that may be dictionary keys.
enum HashKey: Hashable {
    case int(Int)
    case double(Double)
    case float(Float)
    case bool(Bool)
    case string(String)
    /// An enum value: its type, case and associated values (synthesised `Hashable`).
    indirect case enumeration(ObjectIdentifier, Int, [HashKey])
    /// A `Hashable` struct: its type and its stored properties (Swift's synthesised hashing).
    case fields(ObjectIdentifier, [HashKey])
    /// An array of hashable elements (Swift's `Array` is `Hashable` when its elements are).
    case array([HashKey])
    /// A value of a type with its own `hash(into:)`, compared with its own `==` (see `CustomHashKey`).
    case custom(CustomHashKey)
    /// A class instance's identity (`ObjectIdentifier(node)`).
    case identity(ObjectIdentifier)
    /// An integer range (`Range<Int>` and `ClosedRange<Int>` are `Hashable`), by its bounds.
    case range(Int, Int)
    /// `nil`. (An optional holding a value is that value's key: `Optional(1)` and `1` are the same
    /// key of an `[Int?: V]` dictionary, whichever form the key expression produced.)
    case none

    init(_ value: Value) throws {
        switch value {
        case .int(let v): self = .int(v)
        case .double(let v): self = .double(v)
        case .float(let v): self = .float(v)
        case .bool(let v): self = .bool(v)
        case .string(let v): self = .string(v)
        case .enumeration(let e) where e.type.hashInto != nil:
            self = .custom(try CustomHashKey(value, type: e.type))
        case .enumeration(let e):
            self = .enumeration(ObjectIdentifier(e.type), e.caseIndex, try e.payload.map(HashKey.init))
        case .structure(let s) where s.type.hashInto != nil:
            self = .custom(try CustomHashKey(value, type: s.type))
        case .object(let o) where o.type.inheritedHashInto != nil:
            self = .custom(try CustomHashKey(value, type: o.type))
        case .structure(let s) where s.type.conformances.contains("Hashable"):
            self = .fields(ObjectIdentifier(s.type), try s.fields.prefix(s.type.storedProperties.count).map(HashKey.init))
        case .array(let items): self = .array(try items.map(HashKey.init))
        case .range(let r): self = .range(r.lower, r.upper)
        case .native(let n as ObjectIdentity): self = .identity(ObjectIdentifier(n.instance))
        case .none: self = .none
        case .some(let wrapped): self = try HashKey(wrapped)
        default: throw RuntimeFailure("type '\(value.typeName)' cannot be a dictionary key")
        }
    }
}

/// The storage of a `Set` value: distinct elements in insertion order plus a hash index.
///
/// Swift's `Set` iterates in an unspecified, per-process order; like dictionaries, nbrun's sets keep
/// insertion order so that a notebook prints the same text on every run (a documented deviation).
/// An element equal to one already present leaves the set as it was, as Swift's `insert` does.
public struct ValueSet {
    /// Each element is stored as its own key and value, so a lookup returns the member itself.
    private var storage = OrderedDictionary()

    /// Creates an empty set.
    public init() {}

    /// A set of the distinct elements of `elements`, in their first occurrence's order.
    public init(_ elements: some Sequence<Value>) throws {
        for element in elements { try insert(element) }
    }

    /// The elements in insertion order.
    public var elements: [Value] { storage.keys }

    /// The number of elements.
    public var count: Int { storage.count }

    /// The member equal to `element`, if there is one.
    public func member(_ element: Value) throws -> Value? { try storage.value(for: element) }

    /// Whether an element equal to `element` is in the set.
    public func contains(_ element: Value) throws -> Bool { try member(element) != nil }

    /// Adds `element` unless an equal one is present; returns whether it was added.
    @discardableResult
    public mutating func insert(_ element: Value) throws -> Bool {
        guard try member(element) == nil else { return false }
        try storage.set(element, for: element)
        return true
    }

    /// Removes the member equal to `element` and returns it, if there was one.
    @discardableResult
    public mutating func remove(_ element: Value) throws -> Value? { try storage.remove(element) }
}

/// Swift's `Hasher`, as a `hash(into:)` method receives it: `combine` records each value, and the
/// values combined decide the key (`CustomHashKey`). `finalize()` gives an Int that depends only on
/// them (Swift seeds its hasher randomly per process, so no program can rely on its values).
final class HasherValue: NativeObject {
    private(set) var combined: [HashKey] = []

    var typeName: String { "Hasher" }
    var description: String { "Hasher" }

    func callMethod(_ name: String, _ arguments: [NativeArgument], context: NativeContext) throws -> Value {
        switch (name, arguments.count) {
        case ("combine", 1):
            do {
                combined.append(try HashKey(arguments[0].value))
            } catch {
                throw NativeError("argument type '\(arguments[0].value.typeName)' does not conform to 'Hashable'")
            }
            return .void
        case ("finalize", 0):
            return .int(Self.stableHash(of: combined))
        default:
            throw NativeError("value of type 'Hasher' has no member '\(name)'")
        }
    }

    /// The built-in type: `Hasher()`.
    static var type: NativeType { NativeType(name: "Hasher", initializer: { _, _ in .native(HasherValue()) }) }

    /// FNV-1a over the combined keys' contents: the same on every run and machine.
    private static func stableHash(of keys: [HashKey]) -> Int {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        func feed(_ word: UInt64) {
            for shift in stride(from: 0, to: 64, by: 8) {
                hash = (hash ^ ((word >> UInt64(shift)) & 0xff)) &* 0x100_0000_01b3
            }
        }
        func feed(_ key: HashKey) {
            switch key {
            case .int(let v): feed(1); feed(UInt64(bitPattern: Int64(v)))
            case .double(let v): feed(2); feed(v == 0 ? 0 : v.bitPattern)
            case .float(let v): feed(3); feed(UInt64(v == 0 ? 0 : v.bitPattern))
            case .bool(let v): feed(4); feed(v ? 1 : 0)
            case .string(let v): feed(5); v.utf8.forEach { feed(UInt64($0)) }
            case .enumeration(_, let index, let payload): feed(6); feed(UInt64(index)); payload.forEach(feed)
            case .fields(_, let fields): feed(7); fields.forEach(feed)
            case .array(let items): feed(8); feed(UInt64(items.count)); items.forEach(feed)
            case .custom(let custom): feed(9); custom.combined.forEach(feed)
            case .range(let lower, let upper): feed(10); feed(UInt64(bitPattern: Int64(lower))); feed(UInt64(bitPattern: Int64(upper)))
            case .none: feed(11)
            // (Identities differ from run to run anyway, as Swift's hash values do.)
            case .identity(let id): feed(12); feed(UInt64(UInt(bitPattern: id.hashValue)))
            }
        }
        keys.forEach(feed)
        return Int(bitPattern: UInt(hash))
    }
}

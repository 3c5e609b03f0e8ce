/// Entry access on a dictionary variable, working through the variable's storage (see `ElementStore`).
enum DictionaryStore {
    /// The value stored for `key` in the dictionary at `storage`, or nil.
    @inline(__always)
    static func value(_ storage: UnsafeMutablePointer<Value>, _ key: Value) throws -> Value? {
        guard case .dictionary(let d) = storage.pointee else {
            throw RuntimeFailure("value of type '\(storage.pointee.typeName)' is not a dictionary")
        }
        return try d.value(for: key)
    }

    /// `d[key] = value` where `value` is the optional assigned: nil removes the entry.
    static func assign(_ d: inout OrderedDictionary, _ value: Value, for key: Value) throws {
        switch value {
        case .none: try d.remove(key)
        case .some(let v): try d.set(v, for: key)
        default: try d.set(value, for: key)
        }
    }
}

/// In-place access to the containers inside a `Value` (Swift's copy-on-write, kept cheap).
///
/// A container is changed in place only while its storage is uniquely referenced. Reading it out
/// of a `Value` with `switch` or `if case` keeps a second reference alive (the switch subject)
/// until the case ends, so every change would copy the whole container — `append` in a loop
/// became quadratic. These helpers bind the payload with `guard case`, whose temporary ends with
/// the statement, then overwrite the `Value` with `()` before `body` runs, so the payload is the
/// only reference; the changed container is stored back afterwards, also when `body` throws.
extension Value {
    /// Whether the value is an array.
    var isArray: Bool {
        if case .array = self { return true }
        return false
    }

    /// Whether the value is a dictionary.
    var isDictionary: Bool {
        if case .dictionary = self { return true }
        return false
    }

    /// Runs `body` on the array inside this value, in place.
    /// - Throws: a failure when the value is not an array, or what `body` throws.
    @inline(__always)
    mutating func withArray<R>(_ body: (inout [Value]) throws -> R) throws -> R {
        guard case .array(var items) = self else {
            throw RuntimeFailure("value of type '\(typeName)' is not an array")
        }
        self = .void
        defer { self = .array(items) }
        return try body(&items)
    }

    /// Runs `body` on the dictionary inside this value, in place.
    /// - Throws: a failure when the value is not a dictionary, or what `body` throws.
    @inline(__always)
    mutating func withDictionary<R>(_ body: (inout OrderedDictionary) throws -> R) throws -> R {
        guard case .dictionary(var d) = self else {
            throw RuntimeFailure("value of type '\(typeName)' is not a dictionary")
        }
        self = .void
        defer { self = .dictionary(d) }
        return try body(&d)
    }

    /// Runs `body` on the set inside this value, in place.
    /// - Throws: a failure when the value is not a set, or what `body` throws.
    @inline(__always)
    mutating func withSet<R>(_ body: (inout ValueSet) throws -> R) throws -> R {
        guard case .set(var set) = self else {
            throw RuntimeFailure("value of type '\(typeName)' is not a set")
        }
        self = .void
        defer { self = .set(set) }
        return try body(&set)
    }

    /// Runs `body` on the string inside this value, in place.
    /// - Throws: a failure when the value is not a string, or what `body` throws.
    @inline(__always)
    mutating func withString<R>(_ body: (inout String) throws -> R) throws -> R {
        guard case .string(var s) = self else {
            throw RuntimeFailure("value of type '\(typeName)' is not a string")
        }
        self = .void
        defer { self = .string(s) }
        return try body(&s)
    }

    /// `self += other` for arrays and strings, appending in place; false when the operands are not a
    /// pair of arrays or strings (the caller falls back to `Arithmetic`).
    mutating func appendInPlace(_ other: Value) throws -> Bool {
        switch other {
        case .array(let tail) where isArray:
            try withArray {
                try Conversions.checkGrowth($0.count, by: tail.count, "array")
                $0.append(contentsOf: tail)
            }
            return true
        case .string(let tail):
            guard case .string = self else { return false }
            try withString {
                try Conversions.checkGrowth($0.utf8.count, by: tail.utf8.count, "string")
                $0 += tail
            }
            return true
        default:
            return false
        }
    }
}

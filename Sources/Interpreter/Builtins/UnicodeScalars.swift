/// `Unicode.Scalar`s, as a one-scalar `String` (as a `Character` is a one-character `String` here):
/// `UnicodeScalar(99)` (nil for a number that is not a scalar), `s.unicodeScalars`, `scalar.value`,
/// `Character(scalar)` — what a Caesar cipher or a character-code exercise uses.
enum UnicodeScalars {
    /// `UnicodeScalar(n)` / `Unicode.Scalar(n)`: the scalar with that value, or nil.
    static func make(_ args: [NativeArgument], _ rt: Runtime) throws -> Value {
        guard args.count == 1, args[0].label == nil else { throw RuntimeFailure("no matching initializer for UnicodeScalar") }
        switch args[0].value {
        case .int(let n):
            guard let value = UInt32(exactly: n), let scalar = Unicode.Scalar(value) else { return .none }
            return .some(.string(String(Character(scalar))))
        case .string(let s) where s.unicodeScalars.count == 1: return .some(.string(s))
        case let v: throw RuntimeFailure("no matching initializer for UnicodeScalar with '\(v.typeName)'")
        }
    }

    /// `s.unicodeScalars`: the scalars of a string, in order.
    static func scalars(_ value: Value) throws -> Value {
        guard case .string(let s) = value else { throw Properties.noMember(value, "unicodeScalars") }
        return .array(s.unicodeScalars.map { .string(String(Character($0))) })
    }

    /// `scalar.value`: the scalar's number.
    static func value(_ value: Value) throws -> Value {
        guard case .string(let s) = value, s.unicodeScalars.count == 1, let scalar = s.unicodeScalars.first else {
            throw Properties.noMember(value, "value")
        }
        return .int(Int(scalar.value))
    }
}

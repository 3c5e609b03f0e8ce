import Foundation

/// Foundation's `CharacterSet`, for `trimmingCharacters(in:)` and `components(separatedBy:)`:
/// `CharacterSet(charactersIn: ",;")`, the named sets (`.whitespaces`, `.punctuationCharacters`, …)
/// and `union`, `subtracting`, `intersection`, `inverted`.
final class CharacterSetValue: NativeObject {
    let set: CharacterSet

    init(_ set: CharacterSet) {
        self.set = set
    }

    var typeName: String { "CharacterSet" }
    var description: String { "<CharacterSet>" }

    func property(_ name: String, context: NativeContext) throws -> Value {
        guard name == "inverted" else { throw NativeError("value of type 'CharacterSet' has no member '\(name)'") }
        return .native(CharacterSetValue(set.inverted))
    }

    func callMethod(_ name: String, _ arguments: [NativeArgument], context: NativeContext) throws -> Value {
        guard arguments.count == 1, let other = Self.set(arguments[0].value) else {
            throw NativeError("value of type 'CharacterSet' has no member '\(name)' taking these arguments")
        }
        switch name {
        case "union": return .native(CharacterSetValue(set.union(other)))
        case "subtracting": return .native(CharacterSetValue(set.subtracting(other)))
        case "intersection": return .native(CharacterSetValue(set.intersection(other)))
        default: throw NativeError("value of type 'CharacterSet' has no member '\(name)'")
        }
    }

    /// The named sets, as `CharacterSet.name` and as the implicit member `.name`.
    static let named: [String: CharacterSet] = [
        "whitespaces": .whitespaces, "newlines": .newlines, "whitespacesAndNewlines": .whitespacesAndNewlines,
        "decimalDigits": .decimalDigits, "letters": .letters, "lowercaseLetters": .lowercaseLetters,
        "uppercaseLetters": .uppercaseLetters, "alphanumerics": .alphanumerics,
        "punctuationCharacters": .punctuationCharacters, "symbols": .symbols, "controlCharacters": .controlCharacters,
    ]

    /// The set a value stands for: a `CharacterSet` or the implicit member naming one.
    static func set(_ value: Value) -> CharacterSet? {
        switch value {
        case .native(let n as CharacterSetValue): return n.set
        case .implicitMember(let name): return named[name]
        default: return nil
        }
    }

    /// The built-in type: `CharacterSet(charactersIn: "…")` and `CharacterSet.whitespaces`.
    static var type: NativeType {
        NativeType(
            name: "CharacterSet",
            initializer: { arguments, _ in
                guard arguments.count == 1, arguments[0].label == "charactersIn", case .string(let s) = arguments[0].value else {
                    throw NativeError("'CharacterSet' is made with 'CharacterSet(charactersIn:)' here")
                }
                return .native(CharacterSetValue(CharacterSet(charactersIn: s)))
            },
            staticProperties: named.mapValues { .native(CharacterSetValue($0)) })
    }
}

/// The static type the lowering pass infers for an expression.
///
/// The pass is deliberately light: it knows Swift's number types well enough to adapt literals and to
/// reject `Int`/`Double` mixing, and it treats anything it cannot see through (native values, results
/// of native calls, untyped closure parameters) as `unknown`, which is checked at run time instead.
indirect enum StaticType: Equatable {
    case int, double, float, bool, string, void
    case array(StaticType)
    case dictionary(StaticType, StaticType)
    /// `Set<Element>`.
    case set(StaticType)
    case tuple([StaticType], labels: [String?]?)
    case optional(StaticType)
    case function([StaticType], StaticType)
    case range
    /// A type registered by native code (`Tensor`).
    case native(String)
    /// The type of `nil` before context gives it one.
    case nilLiteral
    /// Not known statically; checked when the value is used.
    case unknown
    /// A value of a type declared in the notebook (`Point`).
    case nominal(NominalType)
    /// A declared type's name used as a value: `Point(x: 1, y: 2)`, `Point.origin`.
    case metatype(NominalType)

    var isNumeric: Bool { self == .int || self == .double || self == .float }

    /// Whether values of this type hold no references (Int, Double, Float, Bool).
    var isScalar: Bool { isNumeric || self == .bool }

    /// The declared type a type name stands for (`Point` used as a type).
    var declaredType: NominalType? {
        if case .metatype(let t) = self { return t }
        return nil
    }

    /// The name under which an extension of a built-in type is filed for values of this type
    /// (`Int`, `Array`, `Tensor`), or nil for other types.
    var builtinTypeName: String? {
        switch self {
        case .int: return "Int"
        case .double: return "Double"
        case .float: return "Float"
        case .bool: return "Bool"
        case .string: return "String"
        case .array: return "Array"
        case .dictionary: return "Dictionary"
        case .native(let name): return name
        default: return nil
        }
    }

    /// Whether this is an array type (`[T]`).
    var isArray: Bool {
        if case .array = self { return true }
        return false
    }

    /// Whether this is a dictionary type (`[K: V]`).
    var isDictionary: Bool {
        if case .dictionary = self { return true }
        return false
    }

    var isNative: Bool {
        if case .native = self { return true }
        return false
    }

    /// Whether this type is unknown or contains an unknown part (so static checks must be lenient).
    var isVague: Bool {
        switch self {
        case .unknown, .native, .nilLiteral: return true
        case .array(let e), .optional(let e), .set(let e): return e.isVague
        case .dictionary(let k, let v): return k.isVague || v.isVague
        case .tuple(let items, _): return items.contains { $0.isVague }
        case .function: return true
        default: return false
        }
    }

    /// The element type when iterating a value of this type.
    var elementType: StaticType {
        switch self {
        case .array(let e), .set(let e): return e
        case .range: return .int
        case .string: return .string
        case .dictionary(let k, let v): return .tuple([k, v], labels: ["key", "value"])
        default: return .unknown
        }
    }

    /// Swift's spelling of the type, as in compiler messages.
    var name: String {
        switch self {
        case .int: return "Int"
        case .double: return "Double"
        case .float: return "Float"
        case .bool: return "Bool"
        case .string: return "String"
        case .void: return "()"
        case .array(let e): return "[\(e.name)]"
        case .dictionary(let k, let v): return "[\(k.name): \(v.name)]"
        case .set(let e): return "Set<\(e.name)>"
        case .tuple(let items, let labels):
            let parts = items.enumerated().map { i, t in
                if let label = labels?[i] { return "\(label): \(t.name)" }
                return t.name
            }
            return "(" + parts.joined(separator: ", ") + ")"
        case .optional(let w): return "\(w.name)?"
        case .function(let params, let result):
            return "(" + params.map(\.name).joined(separator: ", ") + ") -> " + result.name
        case .range: return "Range<Int>"
        case .native(let n): return n
        case .nilLiteral: return "nil"
        case .unknown: return "Any"
        case .nominal(let t): return t.isProtocol ? "any \(t.name)" : t.name
        case .metatype(let t): return "\(t.name).Type"
        }
    }

    /// Whether a value of this static type can be stored where `target` is expected without conversion code.
    func isAssignable(to target: StaticType) -> Bool {
        if self == target || target == .unknown || self == .unknown { return true }
        switch (self, target) {
        case (.native, _), (_, .native): return true
        case (.array(let a), .array(let b)), (.set(let a), .set(let b)): return a.isAssignable(to: b)
        case (.dictionary(let k1, let v1), .dictionary(let k2, let v2)):
            return k1.isAssignable(to: k2) && v1.isAssignable(to: v2)
        case (.optional(let a), .optional(let b)): return a.isAssignable(to: b)
        case (.tuple(let a, _), .tuple(let b, _)):
            return a.count == b.count && zip(a, b).allSatisfy { $0.isAssignable(to: $1) }
        case (.function, .function): return true
        case (.nominal(let a), .nominal(let b)): return a.isSubtype(of: b)
        case (_, .nominal(let p)) where p.isProtocol:
            return builtinTypeName.map(p.conformingBuiltins.contains) ?? false
        default: return false
        }
    }
}

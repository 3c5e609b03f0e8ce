/// The type arguments of a value of a generic type, which Swift prints (`Pair<Int, String>(a: 1, b: "x")`,
/// `[main.Pair<Swift.Int, Swift.String>(…)]`, `main.Box<Swift.Array<Swift.Int>>`).
///
/// Types are erased while a cell is lowered (a type parameter stands for any value), so the arguments
/// are recorded with each value instead, as one more, unnamed field after the stored properties: the
/// top-level spelling of all of them, `"Int, String"`. A struct value thus stays two words. They come
/// from the call (`Stack<Int>()`), else from what the fields hold (`Pair(a: 1, b: "x")`), else from the
/// value being constructed inside the type's own members; an argument none of these shows is printed
/// as the parameter's name (docs/language.md lists this deviation).
enum GenericArguments {
    /// The arguments recorded in a struct's or instance's `fields`, or nil (not generic, or not recorded).
    static func recorded(_ fields: [Value], of type: NominalType) -> String? {
        guard !type.genericParameters.isEmpty, fields.count > type.storedProperties.count,
            case .string(let arguments) = fields[type.storedProperties.count]
        else { return nil }
        return arguments
    }

    /// Records the arguments after a new value's stored properties (replacing any recorded before).
    static func record(_ arguments: String, in fields: inout [Value], of type: NominalType) {
        let index = type.storedProperties.count
        if fields.count > index { fields[index] = .string(arguments) } else { fields.append(.string(arguments)) }
    }

    /// `Name<Arguments>`, as `print` shows the type at top level.
    static func typeName(_ type: NominalType, _ fields: [Value]) -> String {
        guard let arguments = recorded(fields, of: type) else { return type.name }
        return "\(type.name)<\(arguments)>"
    }

    /// `main.Name<Swift.Int, …>`, as Swift names the type inside another value: every type in the
    /// arguments is qualified by its module (the standard library's by `Swift`).
    static func qualifiedTypeName(_ type: NominalType, _ fields: [Value]) -> String {
        let module = InterpreterSession.moduleName
        guard let arguments = recorded(fields, of: type) else { return "\(module).\(type.name)" }
        return "\(module).\(type.name)<\(qualified(arguments))>"
    }

    /// A type's spelling with every name in it qualified by its module: the standard library's by
    /// `Swift`, the notebook's by `main` (`Dictionary<Int, Point>` → `Swift.Dictionary<Swift.Int, main.Point>`).
    static func qualified(_ spelling: String) -> String {
        let module = InterpreterSession.moduleName
        var result = "", word = ""
        func flush(label: Bool) {
            guard !word.isEmpty else { return }
            // (A tuple's labels and `Any` stay as they are.)
            if label || word == "Any" {
                result += word
            } else {
                result += (standardTypes.contains(word) ? "Swift." : "\(module).") + word
            }
            word = ""
        }
        for character in spelling {
            if "<>, ()-:".contains(character) {
                flush(label: character == ":")
                result.append(character)
            } else {
                word.append(character)
            }
        }
        flush(label: false)
        return result
    }

    /// The standard library's types, as their spellings in arguments name them.
    static let standardTypes: Set<String> = [
        "Int", "Double", "Float", "Bool", "String", "Character", "Array", "Dictionary", "Optional", "Set",
        "Range", "ClosedRange",
    ]

    /// How Swift spells the type of `value` as a type argument (`Array<Int>`, not `[Int]`), or nil
    /// when the value does not show it (an empty array, `nil`, a closure).
    static func spelling(of value: Value) -> String? {
        switch value {
        case .int: return "Int"
        case .double: return "Double"
        case .float: return "Float"
        case .bool: return "Bool"
        case .string: return "String"
        case .array(let items): return items.first.flatMap(spelling(of:)).map { "Array<\($0)>" }
        case .dictionary(let d):
            guard let key = d.keys.first.flatMap(spelling(of:)), let value = d.values.first.flatMap(spelling(of:)) else {
                return nil
            }
            return "Dictionary<\(key), \(value)>"
        case .set(let set): return set.elements.first.flatMap(spelling(of:)).map { "Set<\($0)>" }
        case .some(let wrapped): return spelling(of: wrapped).map { "Optional<\($0)>" }
        case .tuple(let t):
            let parts = t.elements.map(spelling(of:))
            guard parts.allSatisfy({ $0 != nil }) else { return nil }
            return "(" + parts.map { $0! }.joined(separator: ", ") + ")"
        case .structure(let s): return typeName(s.type, s.fields)
        case .object(let o): return typeName(o.type, o.fields)
        case .enumeration(let e): return e.type.name
        case .native(let n): return n.typeName
        case .range(let r): return r.closed ? "ClosedRange<Int>" : "Range<Int>"
        case .void, .none, .function, .implicitMember: return nil
        }
    }
}

/// Where a value of a generic type shows one of its type arguments: a stored property whose declared
/// type mentions the parameter, and the way into it (`items: [Element]`: field 0, its elements).
struct TypeArgumentSource {
    /// One step into a field's value.
    enum Step {
        case element, wrapped, key, value
        case tupleElement(Int)
    }

    let field: Int
    let path: [Step]

    /// The argument's spelling in `fields`, when the value there shows it.
    func spelling(in fields: [Value]) -> String? {
        guard field < fields.count, let value = follow(from: fields[field]) else { return nil }
        return GenericArguments.spelling(of: value)
    }

    /// The value the path leads to from `root` (a first element, a wrapped value, ...), or nil when
    /// `root` holds none there (an empty array, `nil`).
    func follow(from root: Value) -> Value? {
        var value = root
        for step in path {
            switch (step, value) {
            case (.element, .array(let items)):
                guard let first = items.first else { return nil }
                value = first
            case (.wrapped, .some(let wrapped)): value = wrapped
            case (.key, .dictionary(let d)):
                guard let first = d.keys.first else { return nil }
                value = first
            case (.value, .dictionary(let d)):
                guard let first = d.values.first else { return nil }
                value = first
            case (.tupleElement(let i), .tuple(let t)) where i < t.elements.count: value = t.elements[i]
            default: return nil
            }
        }
        return value
    }
}

extension GenericArguments {
    /// The recorded spellings one by one (`"Dictionary<Int, String>, Int"` → two), split at the
    /// commas outside angle brackets and parentheses.
    static func split(_ arguments: String) -> [String] {
        var parts: [String] = [], current = "", depth = 0
        for character in arguments {
            switch character {
            case "<", "(": depth += 1
            case ">", ")": depth -= 1
            case "," where depth == 0:
                parts.append(current)
                current = ""
                continue
            case " " where current.isEmpty && depth == 0:
                continue
            default: break
            }
            current.append(character)
        }
        parts.append(current)
        return parts
    }
}

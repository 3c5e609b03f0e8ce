extension Value: CustomStringConvertible, CustomDebugStringConvertible {
    /// The text `print` and string interpolation show, exactly as Swift prints the same value.
    public var description: String {
        switch self {
        case .string(let s): return s
        case .enumeration(let e): return e.customDescription() ?? e.caseDescription
        case .structure(let s): return s.customDescription() ?? s.fieldsDescription(qualified: false)
        case .object(let o): return o.text(debug: false)
        case .set(let set): return "[" + set.elements.map(\.debugDescription).joined(separator: ", ") + "]"
        case .native(let n): return n.description
        case .range(let r): return r.text
        default: return debugDescription
        }
    }

    /// What `x.description` and `String(describing: x)` give: `description`, except that a NaN is `nan`
    /// whatever its sign (`print` and `\(…)` show `-nan`).
    var describingText: String {
        switch self {
        case .double(let x): return x.description
        case .float(let x): return x.description
        default: return description
        }
    }

    /// The text of the value inside a collection or optional (strings quoted), as Swift prints it.
    public var debugDescription: String {
        switch self {
        case .void: return "()"
        case .int(let v): return v.description
        // (`print` and `\(…)` show a NaN with its sign, `-nan`, where `description` says `nan`.)
        case .double(let v): return v.isNaN ? v.debugDescription : v.description
        case .float(let v): return v.isNaN ? v.debugDescription : v.description
        case .bool(let v): return v.description
        case .string(let s): return s.debugDescription
        case .array(let items):
            return "[" + items.map(\.debugDescription).joined(separator: ", ") + "]"
        case .dictionary(let d):
            if d.count == 0 { return "[:]" }
            let pairs = zip(d.keys, d.values).map { "\($0.debugDescription): \($1.debugDescription)" }
            return "[" + pairs.joined(separator: ", ") + "]"
        case .set: return "Set(\(description))"
        case .tuple(let t):
            let parts = t.elements.enumerated().map { i, v in
                if let label = t.labels?[i] { return "\(label): \(v.debugDescription)" }
                return v.debugDescription
            }
            return "(" + parts.joined(separator: ", ") + ")"
        case .some(let v): return "Optional(\(v.debugDescription))"
        case .none: return "nil"
        case .function(let fn): return fn.isKeyPath ? fn.name : "(Function)"
        case .native(let n): return n.debugDescription
        case .implicitMember(let name): return name
        case .range(let r):
            // Inside a collection or another value Swift names the range's type.
            return r.closed ? "ClosedRange(\(r.text))" : "Range(\(r.text))"
        case .structure(let s):
            // Inside a collection or another value Swift names the type with its module.
            return s.customDescription(debug: true) ?? s.fieldsDescription(qualified: true)
        case .enumeration(let e):
            return e.customDescription(debug: true) ?? "\(InterpreterSession.moduleName).\(e.type.name)." + e.caseDescription
        case .object(let o): return o.text(debug: true)
        }
    }
}

extension StructValue {
    /// A `CustomStringConvertible` value's `description` (`debug`: a `CustomDebugStringConvertible` one's
    /// `debugDescription` first).
    func customDescription(debug: Bool = false) -> String? {
        type.customText(of: .structure(self), debug: debug)
    }

    /// Swift's default text of a struct: its type name and every stored property, labelled, in
    /// declaration order (`Point(x: 1.0, y: 2.0)`). A nested type is named by its own name at the
    /// top of `print` and by its qualified name inside another value (`main.Model.Config(…)`).
    func fieldsDescription(qualified: Bool) -> String {
        let parts = zip(type.storedProperties, fields).map { "\($0.name): \($1.debugDescription)" }
        let name = qualified ? GenericArguments.qualifiedTypeName(type, fields)
            : GenericArguments.typeName(type, fields).split(separator: ".").last.map(String.init) ?? ""
        return name + "(" + parts.joined(separator: ", ") + ")"
    }
}

extension IntRange {
    /// `0..<3` or `1...3`, as written.
    var text: String { closed ? "\(lower)...\(upper &- 1)" : "\(lower)..<\(upper)" }
}

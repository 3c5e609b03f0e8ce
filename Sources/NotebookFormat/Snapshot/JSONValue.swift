/// A JSON value with objects kept as ordered pairs, written the way Jupyter writes notebooks.
///
/// Jupyter saves with `json.dumps(nb, sort_keys=True, indent=1, ensure_ascii=False)`; `rendered()`
/// produces the same layout, so snapshots diff cleanly against notebooks saved by Jupyter. Reading goes
/// through Foundation (`parse(_:)`); writing stays here because Foundation's `JSONSerialization` can only
/// pretty-print with two-space indentation and `"key" : value`, which is not Jupyter's layout
/// (docs/libraries.md).
enum JSONValue: Sendable {
    case null
    case bool(Bool)
    case int(Int)
    case double(Double)
    case string(String)
    case array([JSONValue])
    case object([(String, JSONValue)])

    /// The JSON text with keys sorted, one-space indentation and `": "` between key and value.
    func rendered() -> String {
        var out = ""
        write(to: &out, indent: 0)
        return out
    }

    /// The member named `key` of an object, or nil.
    subscript(key: String) -> JSONValue? {
        guard case .object(let members) = self else { return nil }
        return members.first { $0.0 == key }?.1
    }

    /// The string, or nil for any other kind of value.
    var string: String? {
        if case .string(let value) = self { value } else { nil }
    }

    /// The integer (also from a double with no fraction), or nil.
    var int: Int? {
        switch self {
        case .int(let value): value
        case .double(let value) where value.rounded() == value && abs(value) < 1e15: Int(value)
        default: nil
        }
    }

    /// The array, or nil.
    var array: [JSONValue]? {
        if case .array(let values) = self { values } else { nil }
    }

    /// A string or an nbformat "multiline string" (an array of strings that are joined), or nil.
    var text: String? {
        switch self {
        case .string(let value): value
        case .array(let parts): parts.allSatisfy { $0.string != nil } ? parts.compactMap(\.string).joined() : nil
        default: nil
        }
    }

    private func write(to out: inout String, indent: Int) {
        switch self {
        case .null: out += "null"
        case .bool(let value): out += value ? "true" : "false"
        case .int(let value): out += String(value)
        case .double(let value): out += value.isFinite ? "\(value)" : "null"
        case .string(let value): Self.writeString(value, to: &out)
        case .array(let values):
            writeContainer(values.map { (nil, $0) }, brackets: ("[", "]"), to: &out, indent: indent)
        case .object(let members):
            let sorted = members.sorted { $0.0 < $1.0 }.map { (Optional($0.0), $0.1) }
            writeContainer(sorted, brackets: ("{", "}"), to: &out, indent: indent)
        }
    }

    private func writeContainer(
        _ items: [(String?, JSONValue)], brackets: (String, String), to out: inout String, indent: Int
    ) {
        guard !items.isEmpty else {
            out += brackets.0 + brackets.1
            return
        }
        let inner = String(repeating: " ", count: indent + 1)
        out += brackets.0
        for (index, (key, value)) in items.enumerated() {
            out += (index == 0 ? "\n" : ",\n") + inner
            if let key {
                Self.writeString(key, to: &out)
                out += ": "
            }
            value.write(to: &out, indent: indent + 1)
        }
        out += "\n" + String(repeating: " ", count: indent) + brackets.1
    }

    /// Writes a JSON string literal; only `"`, `\` and control characters are escaped (UTF-8 stays as is).
    private static func writeString(_ value: String, to out: inout String) {
        out += "\""
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\u{08}": out += "\\b"
            case "\u{0C}": out += "\\f"
            case "\u{00}"..."\u{1F}":
                let hex = String(scalar.value, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: out.unicodeScalars.append(scalar)
            }
        }
        out += "\""
    }
}

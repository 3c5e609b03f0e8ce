/// A small JSON parser (RFC 8259, slightly lenient about number syntax) for reading snapshots back,
/// with a nesting limit so a corrupt file gives an error instead of exhausting the stack.
struct JSONParser {
    /// Deeper nesting than any notebook needs; past it the input is rejected.
    static let maxDepth = 512

    private let bytes: [UInt8]
    private var position = 0

    /// Parses one JSON document.
    ///
    /// - Throws: `SnapshotError` naming the byte offset of the first problem.
    static func parse(_ text: String) throws(SnapshotError) -> JSONValue {
        var parser = JSONParser(bytes: Array(text.utf8))
        let value = try parser.value(depth: 0)
        parser.skipWhitespace()
        guard parser.position == parser.bytes.count else { throw parser.error("unexpected text after the JSON value") }
        return value
    }

    private init(bytes: [UInt8]) {
        self.bytes = bytes
    }

    private mutating func value(depth: Int) throws(SnapshotError) -> JSONValue {
        guard depth < Self.maxDepth else { throw error("JSON nested too deeply") }
        skipWhitespace()
        guard position < bytes.count else { throw error("unexpected end of JSON") }
        switch bytes[position] {
        case UInt8(ascii: "{"): return try object(depth: depth)
        case UInt8(ascii: "["): return try array(depth: depth)
        case UInt8(ascii: "\""): return .string(try string())
        case UInt8(ascii: "t"): return try literal("true", .bool(true))
        case UInt8(ascii: "f"): return try literal("false", .bool(false))
        case UInt8(ascii: "n"): return try literal("null", .null)
        default: return try number()
        }
    }

    private mutating func object(depth: Int) throws(SnapshotError) -> JSONValue {
        position += 1
        var members: [(String, JSONValue)] = []
        skipWhitespace()
        if consume("}") { return .object(members) }
        repeat {
            skipWhitespace()
            guard position < bytes.count, bytes[position] == UInt8(ascii: "\"") else { throw error("expected a key") }
            let key = try string()
            skipWhitespace()
            guard consume(":") else { throw error("expected ':'") }
            members.append((key, try value(depth: depth + 1)))
            skipWhitespace()
        } while consume(",")
        guard consume("}") else { throw error("expected ',' or '}'") }
        return .object(members)
    }

    private mutating func array(depth: Int) throws(SnapshotError) -> JSONValue {
        position += 1
        var values: [JSONValue] = []
        skipWhitespace()
        if consume("]") { return .array(values) }
        repeat {
            values.append(try value(depth: depth + 1))
            skipWhitespace()
        } while consume(",")
        guard consume("]") else { throw error("expected ',' or ']'") }
        return .array(values)
    }

    private mutating func string() throws(SnapshotError) -> String {
        position += 1
        var scalars = String.UnicodeScalarView()
        var start = position
        while position < bytes.count {
            let byte = bytes[position]
            if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") {
                scalars.append(contentsOf: String(decoding: bytes[start..<position], as: UTF8.self).unicodeScalars)
                position += 1
                if byte == UInt8(ascii: "\"") { return String(scalars) }
                scalars.append(try escape())
                start = position
            } else if byte < 0x20 {
                throw error("control character in a string")
            } else {
                position += 1
            }
        }
        throw error("unterminated string")
    }

    private mutating func escape() throws(SnapshotError) -> Unicode.Scalar {
        guard position < bytes.count else { throw error("unterminated escape") }
        let byte = bytes[position]
        position += 1
        switch byte {
        case UInt8(ascii: "\""): return "\""
        case UInt8(ascii: "\\"): return "\\"
        case UInt8(ascii: "/"): return "/"
        case UInt8(ascii: "b"): return "\u{08}"
        case UInt8(ascii: "f"): return "\u{0C}"
        case UInt8(ascii: "n"): return "\n"
        case UInt8(ascii: "r"): return "\r"
        case UInt8(ascii: "t"): return "\t"
        case UInt8(ascii: "u"):
            let unit = try hex4()
            if (0xD800..<0xDC00).contains(unit), consume("\\"), consume("u") {
                let low = try hex4()
                if (0xDC00..<0xE000).contains(low),
                   let scalar = Unicode.Scalar(0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00)) {
                    return scalar
                }
                throw error("invalid surrogate pair")
            }
            guard let scalar = Unicode.Scalar(unit) else { throw error("lone surrogate in \\u escape") }
            return scalar
        default:
            throw error("invalid escape")
        }
    }

    private mutating func hex4() throws(SnapshotError) -> UInt32 {
        guard position + 4 <= bytes.count,
              let value = UInt32(String(decoding: bytes[position..<position + 4], as: UTF8.self), radix: 16)
        else { throw error("expected four hex digits") }
        position += 4
        return value
    }

    private mutating func number() throws(SnapshotError) -> JSONValue {
        let start = position
        let allowed = Set("+-0123456789.eE".utf8)
        while position < bytes.count, allowed.contains(bytes[position]) { position += 1 }
        let text = String(decoding: bytes[start..<position], as: UTF8.self)
        if let int = Int(text) { return .int(int) }
        // Swift's Double parser also takes "inf", "nan" and hex, none of which this character set lets through.
        guard !text.isEmpty, let double = Double(text), double.isFinite else { throw error("invalid value") }
        return .double(double)
    }

    private mutating func literal(_ word: String, _ value: JSONValue) throws(SnapshotError) -> JSONValue {
        let utf8 = Array(word.utf8)
        guard position + utf8.count <= bytes.count, Array(bytes[position..<position + utf8.count]) == utf8 else {
            throw error("invalid value")
        }
        position += utf8.count
        return value
    }

    private mutating func consume(_ character: Unicode.Scalar) -> Bool {
        guard position < bytes.count, bytes[position] == UInt8(character.value) else { return false }
        position += 1
        return true
    }

    private mutating func skipWhitespace() {
        while position < bytes.count, [0x20, 0x0A, 0x0D, 0x09].contains(bytes[position]) { position += 1 }
    }

    private func error(_ problem: String) -> SnapshotError {
        SnapshotError(message: "invalid JSON at byte \(position): \(problem)")
    }
}

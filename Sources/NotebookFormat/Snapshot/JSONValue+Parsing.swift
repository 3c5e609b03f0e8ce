import Foundation

extension JSONValue {
    /// Deeper nesting than any notebook needs; past it the input is rejected. Foundation's parser stops at
    /// the same depth, so a corrupt file gives an error instead of exhausting the stack.
    static let maxDepth = 512

    /// Parses one JSON document with Foundation's `JSONSerialization`.
    ///
    /// - Parameter text: The JSON text.
    /// - Returns: The document, with each object's members in key order.
    /// - Throws: `SnapshotError` with the line and column of the first problem when Foundation names one.
    static func parse(_ text: String) throws(SnapshotError) -> JSONValue {
        let bytes = Data(text.utf8)
        let object: Any
        do {
            object = try JSONSerialization.jsonObject(with: bytes, options: [.fragmentsAllowed])
        } catch {
            throw SnapshotError(message: "invalid JSON\(position(of: error, in: bytes)): \(reason(error))")
        }
        return try converted(object, depth: 0)
    }

    /// Foundation's objects as a `JSONValue`; keys are sorted so reading is deterministic.
    private static func converted(_ object: Any, depth: Int) throws(SnapshotError) -> JSONValue {
        guard depth < maxDepth else { throw SnapshotError(message: "invalid JSON: nested too deeply") }
        // Containers first: testing a Swift dictionary or array against a class (NSNull, NSNumber) first
        // would bridge it, with everything inside, to an Objective-C collection on every level.
        switch object {
        case let dictionary as [String: Any]:
            var members: [(String, JSONValue)] = []
            for key in dictionary.keys.sorted() {
                members.append((key, try converted(dictionary[key]!, depth: depth + 1)))
            }
            return .object(members)
        case let array as [Any]:
            var values: [JSONValue] = []
            for element in array { values.append(try converted(element, depth: depth + 1)) }
            return .array(values)
        case let string as String:
            return .string(string)
        case let number as NSNumber:
            // JSONSerialization gives NSNumber for booleans and numbers alike; its type code tells them apart.
            switch String(cString: number.objCType) {
            case "c": return .bool(number.boolValue)
            case "d", "f": break
            default: return .int(number.intValue)
            }
            return .double(number.doubleValue)
        case is NSNull:
            return .null
        default:
            throw SnapshotError(message: "invalid JSON: unexpected value \(type(of: object))")
        }
    }

    /// Foundation's own explanation ("Invalid value around character 12.").
    private static func reason(_ error: Error) -> String {
        let nsError = error as NSError
        return (nsError.userInfo[NSDebugDescriptionErrorKey] as? String) ?? nsError.localizedDescription
    }

    /// ` at line L, column C` from the byte offset Foundation's message names, or "" when it names none.
    private static func position(of error: Error, in bytes: Data) -> String {
        let words = reason(error).split(separator: " ")
        guard let marker = words.firstIndex(of: "character"), marker + 1 < words.count,
              let offset = Int(words[marker + 1].trimmingCharacters(in: .punctuationCharacters)),
              offset >= 0, offset <= bytes.count
        else { return "" }
        let before = bytes.prefix(offset)
        let line = before.reduce(1) { $1 == UInt8(ascii: "\n") ? $0 + 1 : $0 }
        let column = offset - (before.lastIndex(of: UInt8(ascii: "\n")).map { $0 + 1 } ?? 0) + 1
        return " at line \(line), column \(column)"
    }
}

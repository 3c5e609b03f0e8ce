/// The one function that turns untrusted text into HTML (DESIGN.md: a single escaping function).
///
/// Code, outputs, error messages, titles and file names reach the report only through it, by way of
/// `HTMLNode.text` and attribute values; only cmark's prose HTML bypasses it, as `HTMLNode.trusted`.
public enum HTMLEscaping {
    /// Escapes `&`, `<`, `>`, `"` and `'`, which makes text safe both as element content and as a quoted attribute value.
    ///
    /// - Parameter text: Any text.
    /// - Returns: The text with those five characters replaced by character references.
    public static func escape(_ text: String) -> String {
        let utf8 = text.utf8
        guard utf8.contains(where: { reference(for: $0) != nil }) else { return text }
        var escaped: [UInt8] = []
        escaped.reserveCapacity(utf8.count + utf8.count / 8)
        for byte in utf8 {
            if let replacement = reference(for: byte) {
                escaped.append(contentsOf: replacement.utf8)
            } else {
                escaped.append(byte)
            }
        }
        return String(decoding: escaped, as: UTF8.self)
    }

    /// The character reference for one of the five escaped characters, or nil for any other byte.
    /// Working on UTF-8 bytes is safe: these five are ASCII, and no byte of a multi-byte sequence is ASCII.
    private static func reference(for byte: UInt8) -> String? {
        switch byte {
        case UInt8(ascii: "&"): "&amp;"
        case UInt8(ascii: "<"): "&lt;"
        case UInt8(ascii: ">"): "&gt;"
        case UInt8(ascii: "\""): "&quot;"
        case UInt8(ascii: "'"): "&#39;"
        default: nil
        }
    }
}

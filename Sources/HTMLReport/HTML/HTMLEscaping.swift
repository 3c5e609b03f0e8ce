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
        var escaped = ""
        escaped.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": escaped += "&amp;"
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            case "\"": escaped += "&quot;"
            case "'": escaped += "&#39;"
            default: escaped.unicodeScalars.append(scalar)
            }
        }
        return escaped
    }
}

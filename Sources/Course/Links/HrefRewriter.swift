import HTMLReport

/// Finds the `href` and `src` attributes in cmark's HTML and lets a closure replace their values.
///
/// cmark writes every attribute as `name="value"` with `"` escaped inside the value, so scanning for
/// ` href="` and the next `"` finds each destination exactly; no HTML parser is needed for its output.
enum HrefRewriter {
    private static let attributes = [" href=\"", " src=\""]

    /// Returns `html` with each link destination replaced by `transform`'s answer (nil keeps it).
    ///
    /// - Parameters:
    ///   - html: Prose HTML as cmark rendered it.
    ///   - transform: Gets each destination as written in the HTML (escaped), in document order;
    ///     returns the new, unescaped destination or nil.
    static func rewrite(_ html: String, _ transform: (String) -> String?) -> String {
        var result = ""
        var rest = Substring(html)
        while let start = nextAttribute(in: rest) {
            result += rest[..<start.upperBound]
            rest = rest[start.upperBound...]
            guard let end = rest.firstIndex(of: "\"") else { break }
            let value = String(rest[..<end])
            result += transform(value).map(HTMLEscaping.escape) ?? value
            rest = rest[end...]
        }
        return result + rest
    }

    /// The first ` href="` or ` src="` in `text`.
    private static func nextAttribute(in text: Substring) -> Range<Substring.Index>? {
        attributes.compactMap { text.range(of: $0) }.min { $0.lowerBound < $1.lowerBound }
    }
}

/// The YAML scalar styles a front-matter `title:` may use, each turned into its string value.
enum YAMLScalar {
    /// A `"double-quoted"` scalar: backslash escapes (`\" \\ \n \t \/ \uXXXX`); text after the closing quote is ignored.
    static func doubleQuoted(
        _ value: Substring, path: String, at location: SourceLocation
    ) throws(NotebookError) -> String {
        var result = String.UnicodeScalarView()
        var scalars = value.unicodeScalars.dropFirst().makeIterator()
        while let scalar = scalars.next() {
            switch scalar {
            case "\"":
                return String(result)
            case "\\":
                guard let escaped = scalars.next(), let decoded = unescape(escaped, rest: &scalars) else {
                    throw .badTitle("an unknown escape sequence in a double-quoted title", path: path, at: location)
                }
                result.append(decoded)
            default:
                result.append(scalar)
            }
        }
        throw .badTitle("the double-quoted title is not closed on its line", path: path, at: location)
    }

    /// A `'single-quoted'` scalar: `''` stands for one quote; text after the closing quote is ignored.
    static func singleQuoted(
        _ value: Substring, path: String, at location: SourceLocation
    ) throws(NotebookError) -> String {
        var result = ""
        var rest = value.dropFirst()
        while let quote = rest.firstIndex(of: "'") {
            result += rest[..<quote]
            rest = rest[rest.index(after: quote)...]
            guard rest.first == "'" else { return result }
            result += "'"
            rest = rest.dropFirst()
        }
        throw .badTitle("the single-quoted title is not closed on its line", path: path, at: location)
    }

    /// A plain scalar: a trailing ` # comment` is dropped and indented continuation lines are joined with spaces.
    static func plain(_ value: Substring, continuation: ArraySlice<String>) -> String {
        let parts = [withoutComment(value)] + continuation.map { withoutComment(Substring($0)) }
        return parts.filter { !$0.isEmpty }.joined(separator: " ")
    }

    /// A `|` (literal) or `>` (folded) block scalar made of the indented lines after the key.
    static func block(_ lines: ArraySlice<String>, folded: Bool) -> String {
        let content = lines.map { trimmedSpaces(Substring($0)) }
        var result = content.joined(separator: folded ? " " : "\n")
        while result.last == "\n" || result.last == " " { result.removeLast() }
        return result
    }

    /// The value of one escape sequence after a backslash, reading `\uXXXX` digits from `rest`.
    private static func unescape(
        _ escaped: Unicode.Scalar, rest: inout Substring.UnicodeScalarView.Iterator
    ) -> Unicode.Scalar? {
        switch escaped {
        case "\"", "\\", "/": return escaped
        case "n": return "\n"
        case "t": return "\t"
        case "r": return "\r"
        case " ": return " "
        case "u":
            var digits = ""
            for _ in 0..<4 {
                guard let digit = rest.next() else { return nil }
                digits.unicodeScalars.append(digit)
            }
            return UInt32(digits, radix: 16).flatMap(Unicode.Scalar.init)
        default: return nil
        }
    }

    /// The text before a ` #` comment, without surrounding spaces.
    private static func withoutComment(_ text: Substring) -> String {
        var previous: Character = " "
        for index in text.indices {
            if text[index] == "#", previous == " " || previous == "\t" {
                return trimmedSpaces(text[..<index])
            }
            previous = text[index]
        }
        return trimmedSpaces(text)
    }

    /// `text` without leading and trailing spaces, tabs and carriage returns.
    private static func trimmedSpaces(_ text: Substring) -> String {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\r" }
        return String(text.drop(while: isSpace).reversed().drop(while: isSpace).reversed())
    }
}

extension NotebookError {
    static func badTitle(_ problem: String, path: String, at location: SourceLocation) -> NotebookError {
        NotebookError(path: path, location: location, message: "front matter: \(problem)")
    }
}

import Foundation

/// A link destination found in a chapter's rendered prose, split into what the checker needs.
enum LinkTarget: Equatable {
    /// A URL with a scheme (`https:`, `mailto:`) or a network path (`//host`): left alone.
    case external
    /// `#anchor` in the same chapter.
    case anchor(String)
    /// A path relative to the chapter's folder, with its `#fragment` if any.
    case relative(path: String, fragment: String?)

    /// Classifies a destination as cmark rendered it (HTML-escaped, percent-encoded).
    init(href: String) {
        let raw = href.replacingOccurrences(of: "&amp;", with: "&").replacingOccurrences(of: "&#x27;", with: "'")
        let decoded = raw.removingPercentEncoding ?? raw
        if decoded.hasPrefix("//") || decoded.hasPrefix("/") || Self.hasScheme(decoded) || decoded.isEmpty {
            self = .external
        } else if decoded.hasPrefix("#") {
            self = .anchor(String(decoded.dropFirst()))
        } else if let hash = decoded.firstIndex(of: "#") {
            self = .relative(path: String(decoded[..<hash]), fragment: String(decoded[decoded.index(after: hash)...]))
        } else {
            self = .relative(path: decoded, fragment: nil)
        }
    }

    /// RFC 3986: a letter, then letters, digits, `+`, `-` or `.`, then `:` before any `/`, `?` or `#`.
    private static func hasScheme(_ text: String) -> Bool {
        guard let colon = text.firstIndex(of: ":"), let first = text.first, first.isLetter else { return false }
        return text[..<colon].allSatisfy { $0.isLetter || $0.isNumber || "+-.".contains($0) }
    }

    /// `path` resolved against `folder` (both relative to the course folder), with `.` and `..` removed.
    ///
    /// - Returns: The normalised path, or nil when it climbs out of the course folder.
    static func resolve(_ path: String, from folder: String) -> String? {
        var parts: [Substring] = folder.split(separator: "/")
        for component in path.split(separator: "/") {
            switch component {
            case ".": continue
            case "..":
                guard !parts.isEmpty else { return nil }
                parts.removeLast()
            default: parts.append(component)
            }
        }
        return parts.joined(separator: "/")
    }
}

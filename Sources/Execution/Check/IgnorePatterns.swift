import Foundation

/// A notebook's `check.ignore` regular expressions, applied to both sides of a text comparison so that
/// run-to-run noise (timings, addresses) does not count as a difference.
struct IgnorePatterns {
    /// What a match becomes on both sides, visible in a diff so a reader sees that something was masked.
    static let replacement = "<ignored>"

    private let expressions: [NSRegularExpression]

    /// Compiles the patterns; the front matter parser has already rejected invalid ones, so any that still
    /// fail to compile are left out rather than crashing a check.
    init(_ patterns: [String]) {
        expressions = patterns.compactMap { try? NSRegularExpression(pattern: $0) }
    }

    /// `text` with every match of every pattern replaced by `replacement`, patterns in order.
    func apply(to text: String) -> String {
        expressions.reduce(text) { text, expression in
            expression.stringByReplacingMatches(
                in: text, range: NSRange(text.startIndex..., in: text),
                withTemplate: NSRegularExpression.escapedTemplate(for: Self.replacement))
        }
    }
}

/// Makes GitHub-style heading anchors that are unique within one notebook.
///
/// The slug of a heading is its text lowercased, with every character that is not a letter, a digit,
/// `-`, `_` or a space dropped, and spaces turned into `-` (`## Hello, World!` → `hello-world`).
/// A slug seen before gets `-1`, `-2`, … appended, as GitHub does, so links stay stable across renderers.
struct HeadingSlugger: Sendable {
    /// Every anchor handed out so far.
    private var used: Set<String> = []
    /// How often each base slug has been asked for, to continue its `-N` numbering.
    private var counts: [String: Int] = [:]

    /// The anchor to use when a heading has no letters or digits at all.
    static let fallback = "section"

    /// Creates a slugger that has handed out no anchors yet.
    init() {}

    /// Returns a fresh anchor for a heading with this plain text.
    mutating func anchor(for text: String) -> String {
        let base = Self.slug(text)
        var count = counts[base, default: 0]
        var candidate = count == 0 ? base : "\(base)-\(count)"
        // A literal heading such as `Intro 1` may already own `intro-1`; keep counting past it.
        while used.contains(candidate) {
            count += 1
            candidate = "\(base)-\(count)"
        }
        counts[base] = count + 1
        used.insert(candidate)
        return candidate
    }

    /// The GitHub slug of `text`, before making it unique.
    static func slug(_ text: String) -> String {
        var slug = ""
        for scalar in text.lowercased().unicodeScalars {
            if scalar == " " {
                slug.unicodeScalars.append("-")
            } else if scalar == "-" || scalar == "_" || isWordScalar(scalar) {
                slug.unicodeScalars.append(scalar)
            }
        }
        return slug.isEmpty ? fallback : slug
    }

    /// Letters, marks and digits: the `\p{Word}` class GitHub keeps, minus connector punctuation other than `_`.
    private static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        let properties = scalar.properties
        return properties.isAlphabetic || properties.numericType != nil
            || properties.generalCategory == .nonspacingMark || properties.generalCategory == .spacingMark
    }
}

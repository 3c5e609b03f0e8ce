import Foundation

/// `split` (of strings and arrays) and the Foundation string methods course code uses to clean
/// text: `components(separatedBy:)`, `replacingOccurrences(of:with:)`, `trimmingCharacters(in:)`,
/// `padding(toLength:withPad:startingAt:)`.
enum StringMethods {
    /// The method called `name`, or nil when it is none of these.
    static func method(_ name: String) -> MethodImpl? {
        switch name {
        case "split": return split
        case "compare", "caseInsensitiveCompare":
            // Foundation's, as the `ComparisonResult` implicit member it is compared with (`== .orderedAscending`).
            return { r, a, _ in
                guard a.count == 1 else { throw RuntimeFailure("\(name) expects one string") }
                let text = try Methods.string(r), other = try Methods.string(a[0])
                let result = name == "compare" ? text.compare(other) : text.caseInsensitiveCompare(other)
                switch result {
                case .orderedAscending: return .implicitMember("orderedAscending")
                case .orderedSame: return .implicitMember("orderedSame")
                case .orderedDescending: return .implicitMember("orderedDescending")
                }
            }
        case "components":
            return { r, a, _ in
                guard a.count == 1 else { throw RuntimeFailure("components(separatedBy:) expects a separator") }
                if let set = CharacterSetValue.set(a[0]) {
                    return .array(try Methods.string(r).components(separatedBy: set).map { .string($0) })
                }
                let separator = try Methods.string(a[0])
                return .array(try Methods.string(r).split(separator: separator, omittingEmptySubsequences: false)
                    .map { .string(String($0)) })
            }
        case "replacingOccurrences":
            return { r, a, _ in
                guard a.count == 2 else { throw RuntimeFailure("replacingOccurrences(of:with:) expects two strings") }
                let target = try Methods.string(a[0]), replacement = try Methods.string(a[1])
                guard !target.isEmpty else { return r }
                return .string(try Methods.string(r).split(separator: target, omittingEmptySubsequences: false)
                    .joined(separator: replacement))
            }
        case "padding":
            // `name.padding(toLength: 10, withPad: " ", startingAt: 0)`: Foundation's own (aligned columns of
            // printed tables), after the checks that would make it raise.
            return { r, a, _ in
                guard a.count == 3 else { throw RuntimeFailure("padding(toLength:withPad:startingAt:) expects three arguments") }
                let length = try asInt(a[0]), pad = try Methods.string(a[1]), start = try asInt(a[2])
                guard length >= 0, !pad.isEmpty, (0..<pad.utf16.count).contains(start) else {
                    throw RuntimeFailure("padding(toLength:withPad:startingAt:) needs a length of 0 or more and a start inside the pad")
                }
                return .string(try Methods.string(r).padding(toLength: length, withPad: pad, startingAt: start))
            }
        case "trimmingCharacters":
            // Foundation's own, with any `CharacterSet` (`.whitespaces`, `CharacterSet(charactersIn: "[]")`).
            return { r, a, _ in
                guard let value = a.first, let set = CharacterSetValue.set(value) else {
                    throw RuntimeFailure("trimmingCharacters(in:) expects a CharacterSet (.whitespaces, .punctuationCharacters, …)")
                }
                return .string(try Methods.string(r).trimmingCharacters(in: set))
            }
        default: return nil
        }
    }

    /// `split(separator:maxSplits:omittingEmptySubsequences:)` and `split(whereSeparator:)` (or a
    /// trailing closure) of a string (giving strings) or an array (giving arrays). The options are
    /// told apart by their kinds: a count for `maxSplits`, a Bool for `omittingEmptySubsequences`.
    private static func split(_ r: Value, _ a: [Value], _ rt: Runtime) throws -> Value {
        guard let first = a.first else { throw RuntimeFailure("split expects a separator") }
        var maxSplits = Int.max, omitting = true
        for option in a.dropFirst() {
            switch option {
            case .int(let n):
                guard n >= 0 else { throw RuntimeFailure("Must take zero or more splits") }
                maxSplits = n
            case .bool(let b): omitting = b
            default: throw RuntimeFailure("split: unexpected argument of type '\(option.typeName)'")
            }
        }
        if case .string(let text) = r, case .string(let separator) = first, separator.count > 1 {
            // `"a, b".split(separator: ", ")`: a separator of several characters (Swift's `split` by a subsequence).
            let parts = text.split(separator: separator, maxSplits: maxSplits, omittingEmptySubsequences: omitting)
            return .array(parts.map { .string(String($0)) })
        }
        let isSeparator: (Value) throws -> Bool
        if case .function(let f) = first {
            isSeparator = { try Methods.truth(try rt.invoke(f, $0)) }
        } else {
            isSeparator = { try valuesEqual($0, first) }
        }
        let parts = try Methods.elements(r).split(maxSplits: maxSplits, omittingEmptySubsequences: omitting, whereSeparator: isSeparator)
        if case .string = r { return .array(try parts.map { .string(try Methods.joinedCharacters($0)) }) }
        return .array(parts.map { .array(Array($0)) })
    }
}

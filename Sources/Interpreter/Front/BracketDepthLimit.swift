/// Rejects cells whose square brackets nest deeper than `maxDepth`, before SwiftParser sees them.
///
/// SwiftParser (swift-syntax 603.0.1) decides whether each `[` opens a type (`[[Int]]()`) by looking
/// ahead through everything nested inside it, so the time it takes doubles with every level of `[` in
/// `let x = [[[[…]]]]` or `[(x: [(x: …)])]`: 16 levels take seconds, 20 take minutes, and parsing is not
/// under the cell's time limit (found with the fuzz target, Fuzz/). Twelve levels parse in well under a
/// second and are far more than a tensor literal needs.
///
/// The scan skips string literals and comments, so brackets inside them do not count. As in Swift's
/// lexer, a `"` string ends at the end of its line (closed or not: an unclosed quote must not hide the
/// brackets of the lines after it), a line ends at a line feed or a carriage return (so does a `//`
/// comment), and a `"""` string ends at the next `"""`. It only approximates the
/// lexer: it ignores raw-string delimiters, and a string literal inside an interpolation ends the
/// outer one early, so brackets in rare places may count or not.
enum BracketDepthLimit {
    /// The deepest nesting of `[` a cell may have.
    static let maxDepth = 12

    /// The diagnostic for the first `[` past `maxDepth`, or nil when the cell stays within it.
    static func check(_ source: String) -> Diagnostic? {
        // `column` counts UTF-8 bytes, as swift-syntax's locations do.
        var depth = 0, line = 1, column = 1
        var inString = false, inMultilineString = false, inLineComment = false, blockComments = 0, escaped = false
        var previous: Character = "\n"
        var quotes = 0  // consecutive `"` just read outside a `"` string
        for c in source {
            let at = column
            column += c.utf8.count
            defer { previous = c }
            if c == "\n" || c == "\r\n" || c == "\r" {
                line += 1
                column = 1
                inLineComment = false
                inString = false
                escaped = false
                quotes = 0
                continue
            }
            if inMultilineString {
                if escaped { escaped = false } else if c == "\\" { escaped = true } else if c == "\"" {
                    quotes += 1
                    if quotes == 3 { inMultilineString = false }
                    continue
                }
                quotes = 0
                continue
            }
            if inLineComment { continue }
            if blockComments > 0 {
                if previous == "*" && c == "/" { blockComments -= 1 }
                else if previous == "/" && c == "*" { blockComments += 1 }
                continue
            }
            if inString {
                if escaped {
                    escaped = false
                } else if c == "\\" {
                    escaped = true
                } else if c == "\"" {
                    inString = false
                    // `""` then `"`: the opening of a `"""` string.
                    quotes = previous == "\"" ? 2 : 0
                }
                continue
            }
            if c == "\"", quotes == 2 {
                inMultilineString = true
                quotes = 0
                continue
            }
            quotes = 0
            switch c {
            case "\"": inString = true
            case "/" where previous == "/": inLineComment = true
            case "*" where previous == "/": blockComments = 1
            case "[":
                depth += 1
                if depth > maxDepth {
                    return Diagnostic(phase: .parse, line: line, column: at,
                                      message: "brackets nested more than \(maxDepth) deep are not supported")
                }
            case "]": depth = max(0, depth - 1)
            default: break
            }
        }
        return nil
    }
}

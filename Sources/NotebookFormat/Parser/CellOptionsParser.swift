/// Reads the cell options after `swift` on a code cell's opening fence line (DSL.md §1).
///
/// Words are taken from the raw fence line rather than cmark's unescaped info string, so an error
/// can point at the exact column of the offending word.
enum CellOptionsParser {
    /// The longest per-cell time limit accepted, one day; larger values are almost certainly typos.
    static let maxTimeout: Double = 86_400

    /// Parses the options on `fenceLine`, which holds the opening fence of a `swift` code cell.
    ///
    /// - Parameters:
    ///   - fenceLine: The text of the line with the opening fence, e.g. "```swift raises timeout=5".
    ///   - line: That line's 1-based number in the notebook file.
    ///   - path: The notebook's path, for errors.
    /// - Returns: The options the words ask for.
    /// - Throws: `NotebookError` at the first unknown word or invalid timeout.
    static func parse(fenceLine: String, line: Int, path: String) throws(NotebookError) -> CellOptions {
        var options = CellOptions()
        for (word, column) in infoWords(of: fenceLine).dropFirst() {
            let location = SourceLocation(line: line, column: column)
            switch word {
            case "raises": options.raises = true
            case "skip": options.skip = true
            case "hide-code": options.hideCode = true
            case "hide-output": options.hideOutput = true
            case "check=skip": options.check = .skip
            case "check=text": options.check = .text
            default:
                guard word.hasPrefix("timeout=") else {
                    throw .unknownOption(word, path: path, at: location)
                }
                let value = String(word.dropFirst("timeout=".count))
                guard let seconds = Double(value), seconds.isFinite, seconds > 0, seconds <= maxTimeout else {
                    throw .badTimeout(value, path: path, at: location)
                }
                options.timeout = seconds
            }
        }
        return options
    }

    /// The whitespace-separated words of the info string on a fence line, each with its 1-based column.
    ///
    /// The fence is the indentation (at most three spaces, as CommonMark allows) followed by a run of
    /// backticks or tildes; the info string is what follows it.
    static func infoWords(of fenceLine: String) -> [(word: String, column: Int)] {
        let scalars = Array(fenceLine.unicodeScalars)
        var index = 0
        while index < scalars.count, scalars[index] == " " { index += 1 }
        if index < scalars.count, scalars[index] == "`" || scalars[index] == "~" {
            let fenceCharacter = scalars[index]
            while index < scalars.count, scalars[index] == fenceCharacter { index += 1 }
        }
        var words: [(word: String, column: Int)] = []
        while index < scalars.count {
            if isSpace(scalars[index]) {
                index += 1
                continue
            }
            let start = index
            var word = String.UnicodeScalarView()
            while index < scalars.count, !isSpace(scalars[index]) {
                word.append(scalars[index])
                index += 1
            }
            words.append((String(word), start + 1))
        }
        return words
    }

    private static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        scalar == " " || scalar == "\t" || scalar == "\r"
    }
}

extension NotebookError {
    static func unknownOption(_ word: String, path: String, at location: SourceLocation) -> NotebookError {
        NotebookError(
            path: path, location: location,
            message: "unknown cell option '\(word)'; "
                + "expected raises, skip, hide-code, hide-output, timeout=SECONDS, check=skip or check=text")
    }

    static func badTimeout(_ value: String, path: String, at location: SourceLocation) -> NotebookError {
        NotebookError(
            path: path, location: location,
            message: "timeout must be a positive number of seconds, at most \(Int(CellOptionsParser.maxTimeout)); "
                + "got '\(value)'")
    }
}

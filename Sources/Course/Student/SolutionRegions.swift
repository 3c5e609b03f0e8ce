import Foundation

/// The nbgrader-style marker regions in a code cell (COURSE.md §1) and the two ways of showing them.
///
/// ```swift
/// // BEGIN SOLUTION
/// let w = w - learningRate * grad
/// // END SOLUTION
/// ```
///
/// Students see a solution region as a stub at the marker's indentation; hidden-test regions are
/// removed for them. Instructors see everything except the marker lines themselves.
enum SolutionRegions {
    /// Which audience a cell is rewritten for.
    enum Edition {
        /// The marker lines are dropped, everything between them kept.
        case instructor
        /// Solutions become stubs, hidden tests disappear.
        case student
    }

    /// The marker comments, each alone on its line (surrounding spaces allowed).
    static let beginSolution = "// BEGIN SOLUTION"
    static let endSolution = "// END SOLUTION"
    static let beginHidden = "// BEGIN HIDDEN TESTS"
    static let endHidden = "// END HIDDEN TESTS"

    /// The stub lines a solution region becomes, before indentation.
    static let stub = ["// YOUR CODE HERE", "fatalError(\"not implemented\")"]

    /// Whether `lines` hold any marker at all.
    static func containsMarkers<S: StringProtocol>(_ lines: [S]) -> Bool {
        lines.contains { [beginSolution, endSolution, beginHidden, endHidden].contains(trimmed($0)) }
    }

    /// Rewrites a cell's lines for one edition.
    ///
    /// - Parameters:
    ///   - lines: The cell's code lines.
    ///   - edition: Who the result is for.
    ///   - firstLine: The notebook line of `lines[0]`, for errors.
    ///   - file: The chapter's path in the course, for errors.
    /// - Returns: The rewritten lines.
    /// - Throws: `CourseError` for a region that is never closed, an end marker without a start, or
    ///   a region inside another.
    static func rewrite<S: StringProtocol>(
        _ lines: [S], for edition: Edition, firstLine: Int, file: String
    ) throws(CourseError) -> [String] {
        var result: [String] = []
        var open: (marker: String, line: Int)?
        for (offset, line) in lines.enumerated() {
            let text = trimmed(line)
            let lineNumber = firstLine + offset
            switch text {
            case beginSolution, beginHidden:
                if let open { throw .nestedRegion(text, inside: open.marker, in: file, line: lineNumber) }
                open = (text, lineNumber)
                if text == beginSolution, edition == .student {
                    let indent = String(line.prefix { $0 == " " || $0 == "\t" })
                    result += stub.map { indent + $0 }
                }
            case endSolution, endHidden:
                let expected = text == endSolution ? beginSolution : beginHidden
                guard open?.marker == expected else { throw .strayEnd(text, in: file, line: lineNumber) }
                open = nil
            default:
                if open == nil || edition == .instructor { result.append(String(line)) }
            }
        }
        if let open { throw .unclosedRegion(open.marker, in: file, line: open.line) }
        return result
    }

    private static func trimmed<S: StringProtocol>(_ line: S) -> String {
        String(line).trimmingCharacters(in: .whitespaces)
    }
}

extension CourseError {
    static func unclosedRegion(_ marker: String, in file: String, line: Int) -> CourseError {
        let end = marker == SolutionRegions.beginSolution ? SolutionRegions.endSolution : SolutionRegions.endHidden
        return CourseError(file: file, line: line, message: "'\(marker)' is never closed by '\(end)'")
    }

    static func strayEnd(_ marker: String, in file: String, line: Int) -> CourseError {
        CourseError(file: file, line: line, message: "'\(marker)' without a matching BEGIN marker")
    }

    static func nestedRegion(_ marker: String, inside outer: String, in file: String, line: Int) -> CourseError {
        CourseError(file: file, line: line, message: "'\(marker)' inside the region opened by '\(outer)'")
    }
}

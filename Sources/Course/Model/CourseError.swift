/// A course that cannot be built as asked: an unreadable `course.yml`, a missing chapter, a broken link or
/// an unclosed solution region, located in the file that holds the mistake.
public struct CourseError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The file, relative to the course folder (`course.yml`, `intro.md`).
    public var file: String
    /// The 1-based line, when the mistake has one.
    public var line: Int?
    /// What is wrong, without location or `error:` prefix.
    public var message: String

    /// Creates an error.
    public init(file: String, line: Int?, message: String) {
        self.file = file
        self.line = line
        self.message = message
    }

    /// `file.md:LINE: error: message` (or `file: error: message` without a line).
    public var description: String {
        let location = line.map { "\(file):\($0)" } ?? file
        return "\(location): error: \(message)"
    }
}

extension CourseError {
    static func unreadable(_ file: String) -> CourseError {
        CourseError(file: file, line: nil, message: "cannot be read")
    }

    static func invalidYAML(_ file: String, line: Int?, problem: String) -> CourseError {
        CourseError(file: file, line: line, message: "invalid YAML: \(problem)")
    }

    static func expected(_ what: String, in file: String, line: Int?) -> CourseError {
        CourseError(file: file, line: line, message: "expected \(what)")
    }

    static func missingChapter(_ chapter: String, in file: String, line: Int?) -> CourseError {
        CourseError(file: file, line: line, message: "chapter '\(chapter)' does not exist")
    }

    static func duplicateName(_ chapter: String, in file: String, line: Int?) -> CourseError {
        CourseError(file: file, line: line,
                    message: "chapter '\(chapter)' has the same page name as an earlier chapter")
    }

    static func missingData(_ path: String, in file: String, line: Int?) -> CourseError {
        CourseError(file: file, line: line, message: "data path '\(path)' does not exist")
    }

    static func noChapters(_ folder: String) -> CourseError {
        CourseError(file: folder, line: nil, message: "no course.yml and no .md chapters")
    }
}

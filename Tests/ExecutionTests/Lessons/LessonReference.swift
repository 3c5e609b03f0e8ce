import Foundation
import NotebookFormat
import Testing

@testable import Execution

/// TensorFlow's numbers for the course lessons, written by `scripts/lesson_parity.py` into `lessons.json`,
/// and the lessons themselves, run by the real runner.
struct LessonReference: Decodable {
    /// One recorded number: TensorFlow's value, or `"nan"`, `"inf"` or `"-inf"`.
    enum Number: Decodable, CustomStringConvertible {
        case finite(Double)
        case special(String)

        init(from decoder: Decoder) throws {
            let container = try decoder.singleValueContainer()
            if let value = try? container.decode(Double.self) {
                self = .finite(value)
            } else {
                self = .special(try container.decode(String.self))
            }
        }

        var description: String {
            switch self {
            case .finite(let value): "\(value)"
            case .special(let text): text
            }
        }
    }

    /// The numbers one labelled line prints.
    struct Line: Decodable {
        let values: [Number]
        /// Set when the lesson prints them with `String(format: "%.Nf")`; otherwise they are Swift's
        /// shortest `Float` form, which reads back exactly.
        let decimals: Int?
    }

    let tensorflow: String
    /// Lesson name (the notebook's stem) → printed label → the numbers printed after it.
    let lessons: [String: [String: Line]]

    /// The repository root, found from this file's place in `Tests/ExecutionTests/Lessons/`.
    static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func load() throws -> LessonReference {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("lessons.json")
        return try JSONDecoder().decode(LessonReference.self, from: Data(contentsOf: url))
    }

    /// The lesson `Notebooks/<name>.md`, parsed.
    static func notebook(_ name: String) throws -> Notebook {
        let path = "Notebooks/\(name).md"
        let bytes = try Data(contentsOf: repository.appendingPathComponent(path))
        return try NotebookParser.parse(Array(bytes), path: path)
    }

    /// Runs `notebook` as `nbrun` does, with its data read from `Notebooks/`.
    static func run(_ notebook: Notebook, allowErrors: Bool = false) -> Notebook {
        NotebookRunner(options: RunOptions(allowErrors: allowErrors))
            .run(notebook, folder: repository.appendingPathComponent("Notebooks"))
    }

    /// Every line the notebook's cells printed, in order.
    static func printedLines(_ executed: Notebook) -> [String] {
        executed.codeCells.flatMap(\.outputs).flatMap { output -> [String] in
            guard case .stream(let text) = output else { return [] }
            return text.split(separator: "\n").map(String.init)
        }
    }
}

/// One number of a printed line, as written: Swift's shortest `Float` form, `String(format:)` output,
/// `nan` or `inf`.
struct PrintedNumber {
    let text: String

    var value: Double { Double(text) ?? (text.hasSuffix("nan") ? .nan : (text.hasPrefix("-") ? -.infinity : .infinity)) }

    /// The numbers in `text` (a label's digits must not be part of it).
    static func all(in text: String) -> [PrintedNumber] {
        let pattern = /-?(?:[0-9]+(?:\.[0-9]+)?(?:e[-+]?[0-9]+)?|\bnan\b|\binf\b)/
        return text.matches(of: pattern).map { PrintedNumber(text: String($0.output)) }
    }

    /// Whether this printed number is TensorFlow's `expected` within float32 tolerances (relative 1e-4,
    /// absolute 1e-6), plus half a unit of the last decimal when it was printed with `decimals` digits.
    func matches(_ expected: LessonReference.Number, decimals: Int? = nil) -> Bool {
        switch expected {
        case .special(let name):
            return name == "nan" ? value.isNaN : value == (name == "inf" ? .infinity : -.infinity)
        case .finite(let number):
            let rounding = decimals.map { 0.5 * pow(10, -Double($0)) } ?? 0
            return abs(value - number) <= 1e-4 * abs(number) + 1e-6 + rounding
        }
    }
}

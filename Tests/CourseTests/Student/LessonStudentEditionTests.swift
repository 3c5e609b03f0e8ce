import Execution
import Foundation
import NotebookFormat
import Testing

@testable import Course

/// The student edition of every course lesson, run for real: the stubs fail exactly in the exercise cells,
/// with `not implemented`, and every other cell still runs, so a student can work through the lesson.
@Suite struct LessonStudentEditionTests {
    /// The course folder, found from this file's place in `Tests/CourseTests/Student/`.
    private static let notebooks = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Notebooks")

    static let lessons = ["01_tensors.md", "03_linear_regression.md", "04_models.md", "05_logistic_regression.md",
                          "06_softmax_regression.md", "07_mlp.md", "08_optimizers.md", "09_custom_gradients.md"]

    @Test(arguments: lessons)
    func stubsFailOnlyWhereTheStudentWritesCode(_ lesson: String) throws {
        let text = try String(contentsOf: Self.notebooks.appendingPathComponent(lesson), encoding: .utf8)
        let instructor = try NotebookParser.parse(Array(text.utf8), path: lesson)
        // Cells that held only hidden tests are not in the student edition at all.
        let kept = instructor.codeCells.filter { !StudentEdition.vanishes($0, file: lesson) }
        let exercises = kept.map { $0.source.contains("// BEGIN SOLUTION") }
        #expect(exercises.filter { $0 }.count >= 2, "\(lesson) has at least two exercises")
        #expect(instructor.codeCells.contains { $0.source.contains("// BEGIN HIDDEN TESTS") })

        let studentText = try StudentEdition.markdown(text, notebook: instructor, file: lesson)
        #expect(!studentText.contains("BEGIN SOLUTION") && !studentText.contains("HIDDEN TESTS"))
        let student = try NotebookParser.parse(Array(studentText.utf8), path: lesson)
        #expect(student.codeCells.allSatisfy { !$0.source.allSatisfy(\.isWhitespace) }, "\(lesson): an empty cell")
        let executed = NotebookRunner(options: RunOptions(allowErrors: true)).run(student, folder: Self.notebooks)
        #expect(executed.codeCells.count == exercises.count)
        for (cell, isExercise) in zip(executed.codeCells, exercises) {
            if isExercise {
                #expect(cell.status == .failed, "\(lesson):\(cell.fenceLine): the stub must fail")
                #expect(cell.outputs.contains { output in
                    if case .error(let error) = output { return error.message.contains("not implemented") }
                    return false
                }, "\(lesson):\(cell.fenceLine): \(cell.outputs)")
            } else {
                #expect([.succeeded, .failedAsExpected].contains(cell.status),
                        "\(lesson):\(cell.fenceLine): only exercise cells may fail, got \(cell.outputs)")
            }
        }
    }
}

import Foundation
import NotebookFormat
import Testing

@testable import Course

@Suite struct StudentEditionTests {
    @Test func solutionsBecomeStubsAtTheMarkersIndentationAndHiddenTestsVanish() throws {
        let lines = [
            "for i in 0..<3 {", "    // BEGIN SOLUTION", "    total += i", "    // END SOLUTION", "}",
            "// BEGIN HIDDEN TESTS", "precondition(total == 3)", "// END HIDDEN TESTS", "print(total)",
        ]
        let student = try SolutionRegions.rewrite(lines, for: .student, firstLine: 10, file: "c.md")
        #expect(student == [
            "for i in 0..<3 {", "    // YOUR CODE HERE", "    fatalError(\"not implemented\")", "}", "print(total)",
        ])
        let instructor = try SolutionRegions.rewrite(lines, for: .instructor, firstLine: 10, file: "c.md")
        #expect(instructor == ["for i in 0..<3 {", "    total += i", "}", "precondition(total == 3)", "print(total)"])
    }

    @Test func malformedRegionsAreLocatedErrors() {
        #expect(throws: CourseError(file: "c.md", line: 11, message: "'// BEGIN SOLUTION' is never closed by '// END SOLUTION'")) {
            try SolutionRegions.rewrite(["let a = 1", "// BEGIN SOLUTION", "let b = 2"], for: .student, firstLine: 10, file: "c.md")
        }
        #expect(throws: CourseError(file: "c.md", line: 10, message: "'// END HIDDEN TESTS' without a matching BEGIN marker")) {
            try SolutionRegions.rewrite(["// END HIDDEN TESTS"], for: .student, firstLine: 10, file: "c.md")
        }
        #expect(throws: CourseError(file: "c.md", line: 11, message: "'// BEGIN HIDDEN TESTS' inside the region opened by '// BEGIN SOLUTION'")) {
            try SolutionRegions.rewrite(["// BEGIN SOLUTION", "// BEGIN HIDDEN TESTS"], for: .student, firstLine: 10, file: "c.md")
        }
    }

    @Test func theStudentMarkdownChangesOnlyMarkedCells() throws {
        let text = "# T\n\n```swift\nlet a = 1\n// BEGIN SOLUTION\nlet b = a + 1\n// END SOLUTION\n```\n\n```swift\nprint(1)\n```\n"
        let notebook = try NotebookParser.parse(Array(text.utf8), path: "t.md")
        let student = try StudentEdition.markdown(text, notebook: notebook, file: "t.md")
        #expect(student == "# T\n\n```swift\nlet a = 1\n// YOUR CODE HERE\nfatalError(\"not implemented\")\n```\n\n```swift\nprint(1)\n```\n")
    }

    @Test func aCellOfOnlyHiddenTestsVanishesForStudentsWithItsFences() throws {
        let text = """
            # T

            ```swift
            let a = 1
            print(a)
            ```

            ```swift
            // BEGIN HIDDEN TESTS
            precondition(a == 1)
            // END HIDDEN TESTS
            ```

            Next.

            ```swift
            print(a + 1)
            ```

            """
        let notebook = try NotebookParser.parse(Array(text.utf8), path: "t.md")
        let student = try StudentEdition.markdown(text, notebook: notebook, file: "t.md")
        #expect(student == "# T\n\n```swift\nlet a = 1\nprint(a)\n```\n\nNext.\n\n```swift\nprint(a + 1)\n```\n")

        // The student notebook keeps the outputs of the cells that remain, each in its own cell.
        var executed = notebook
        var printed = 0
        for index in executed.blocks.indices {
            guard case .code(var cell) = executed.blocks[index] else { continue }
            printed += 1
            cell.status = .succeeded
            cell.outputs = [.stream("cell \(printed)\n")]
            executed.blocks[index] = .code(cell)
        }
        let edition = try StudentEdition.notebook(student, executed: executed, path: "t.md")
        #expect(edition.codeCells.map(\.outputs) == [
            [.stream("cell 1\n")], [.stream("cell 3\n")],
        ])
    }
}

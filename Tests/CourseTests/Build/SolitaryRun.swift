import Execution
import Foundation
import NotebookFormat
import Testing

/// Runs one chapter on its own, outside any build, as the reference a parallel build must equal.
enum SolitaryRun {
    static func outputs(of chapter: String, in fixture: FixtureCourse) throws -> [[CellOutput]] {
        let data = try #require(FileManager.default.contents(atPath: fixture.path(chapter)))
        let notebook = try NotebookParser.parse(Array(data), path: chapter)
        return NotebookRunner(options: RunOptions()).run(notebook).codeCells.map(\.outputs)
    }
}

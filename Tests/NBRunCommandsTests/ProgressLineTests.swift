import Execution
import HTMLReport
import NotebookFormat
import Testing
@testable import NBRunCommands

@Suite struct ProgressLineTests {
    @Test func cellLinesNameFileLineAndStatus() {
        let ran = CellProgress(index: 3, fenceLine: 42, status: .succeeded, seconds: 0.013)
        #expect(ProgressLine.cell(ran, file: "gradient_tape.md") == "gradient_tape.md:42: cell 3 ok (0.01 s)")
        let skipped = CellProgress(index: 4, fenceLine: 50, status: .skipped, seconds: 0)
        #expect(ProgressLine.cell(skipped, file: "a.md") == "a.md:50: cell 4 skipped")
    }

    @Test func summaryCountsCells() {
        var notebook = Notebook(path: "Notebooks/t.md", title: nil, blocks: [])
        for status in [CellStatus.succeeded, .failed, .notRun] {
            var cell = CodeCell(source: "print(1)\n", options: CellOptions(), fenceLine: 1, endLine: 3)
            cell.status = status
            notebook.blocks.append(.code(cell))
        }
        let line = ProgressLine.summary(RunSummary(notebook), file: "t.md", seconds: 0.214)
        #expect(line == "t.md: 3 cells, 1 failed, 1 not run, 0.21 s")
    }
}

import NotebookFormat
@testable import Execution

/// Runs notebook cells for real (interpreter, bindings, charts) so binding tests read like notebooks.
enum NotebookCells {
    /// Runs `cells` as one notebook (errors allowed, 20 s per cell) and returns each cell's outputs.
    static func outputs(_ cells: [String]) -> [[CellOutput]] {
        var line = 1
        let blocks = cells.map { source -> Block in
            defer { line += source.split(separator: "\n", omittingEmptySubsequences: false).count + 2 }
            return .code(CodeCell(source: source + "\n", options: CellOptions(), fenceLine: line, endLine: line))
        }
        let executed = NotebookRunner(options: RunOptions(allowErrors: true, defaultTimeout: 20))
            .run(Notebook(path: "t.md", title: nil, blocks: blocks))
        return executed.codeCells.map(\.outputs)
    }

    /// Runs `cells` as one notebook and returns each cell's outputs as text (see `text(_:)`).
    static func texts(_ cells: [String]) -> [String] {
        outputs(cells).map(text)
    }

    /// A cell's outputs as one text: printed text as is, an image as `<image WxH>`, an error as `error: MESSAGE`.
    static func text(_ outputs: [CellOutput]) -> String {
        outputs.map { output in
            switch output {
            case .stream(let text): text
            case .image(let image): "<image \(image.width)x\(image.height)>\n"
            case .error(let error): "error: \(error.message)\n"
            }
        }.joined()
    }
}

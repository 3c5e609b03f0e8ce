import NotebookFormat

/// Counts of an executed notebook's code cells by outcome.
struct RunSummary {
    var cells = 0
    var ran = 0
    var failed = 0
    var skipped = 0
    var notRun = 0

    /// Counts the code cells of `notebook`.
    init(_ notebook: Notebook) {
        for cell in notebook.codeCells {
            cells += 1
            switch cell.status {
            case .succeeded, .failedAsExpected: ran += 1
            case .failed:
                ran += 1
                failed += 1
            case .skipped: skipped += 1
            case .notRun, .pending: notRun += 1
            }
        }
    }
}

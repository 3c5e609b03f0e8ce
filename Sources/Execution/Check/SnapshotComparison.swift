import NotebookFormat

/// Compares a freshly executed notebook with its stored snapshot, cell by cell: text exactly after the
/// notebook's `check.ignore` patterns, charts by pixels within its `check:` tolerances (COURSE.md §2).
public enum SnapshotComparison {
    /// The cells whose outputs or status differ; empty when the notebook renders exactly as its snapshot.
    ///
    /// - Parameters:
    ///   - fresh: The notebook after this run; its `check` settings and cell options say what is compared.
    ///   - stored: The code cells read from the snapshot.
    public static func differences(fresh: Notebook, stored: [SnapshotCell]) -> [CellDifference] {
        let cells = fresh.codeCells
        let comparer = CellComparer(settings: fresh.check)
        var differences: [CellDifference] = []
        for (offset, cell) in cells.enumerated() where cell.options.check != .skip {
            let index = offset + 1
            guard offset < stored.count else {
                differences.append(CellDifference(cellIndex: index, fenceLine: cell.fenceLine,
                                                  items: [.note("the snapshot has no such cell (it has \(stored.count))")]))
                continue
            }
            let items = comparer.compare(cell, with: stored[offset])
            if !items.isEmpty {
                differences.append(CellDifference(cellIndex: index, fenceLine: cell.fenceLine, items: items))
            }
        }
        if stored.count > cells.count {
            differences.append(CellDifference(
                cellIndex: cells.count + 1, fenceLine: cells.last?.endLine ?? 1,
                items: [.note("the snapshot has \(stored.count) cells but the notebook has \(cells.count)")]))
        }
        return differences
    }
}

/// Compares one cell's outputs with the stored ones under a notebook's settings.
private struct CellComparer {
    let settings: CheckSettings
    let ignore: IgnorePatterns

    init(settings: CheckSettings) {
        self.settings = settings
        self.ignore = IgnorePatterns(settings.ignore)
    }

    func compare(_ cell: CodeCell, with stored: SnapshotCell) -> [CellDifference.Item] {
        var items: [CellDifference.Item] = []
        if cell.status != stored.status {
            items.append(.note("status: snapshot \(stored.status.rawValue), now \(cell.status.rawValue)"))
        }
        let fresh = cell.outputs
        let old = stored.outputs
        if fresh.map(kindName) != old.map(kindName) {
            items.append(.note("outputs: snapshot [\(old.map(kindName).joined(separator: ", "))], "
                + "now [\(fresh.map(kindName).joined(separator: ", "))]"))
        }
        var chartIndex = 0
        for (before, after) in zip(old, fresh) {
            switch (before, after) {
            case (.stream(let expected), .stream(let actual)):
                items += text(expected, actual)
            case (.error(let expected), .error(let actual)):
                items += text(expected.formatted(file: ""), actual.formatted(file: ""))
            case (.image(let expected), .image(let actual)):
                chartIndex += 1
                guard cell.options.check == .all else { continue }
                if let chart = ChartComparison.compare(expected, actual, index: chartIndex, settings: settings) {
                    items.append(.chart(chart))
                }
            default:
                continue
            }
        }
        return items
    }

    private func text(_ expected: String, _ actual: String) -> [CellDifference.Item] {
        guard expected != actual else { return [] }
        let diff = LineDiff.lines(from: ignore.apply(to: expected), to: ignore.apply(to: actual))
        return diff.isEmpty ? [] : [.text(diff: diff)]
    }

    private func kindName(_ output: CellOutput) -> String {
        switch output {
        case .stream: "text"
        case .image: "image"
        case .error: "error"
        }
    }
}

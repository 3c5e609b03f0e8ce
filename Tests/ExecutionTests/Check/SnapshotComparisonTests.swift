import NotebookFormat
import Plotting
import Testing
@testable import Execution

@Suite struct SnapshotComparisonTests {
    private func notebook(
        outputs: [CellOutput], status: CellStatus = .succeeded, check: CheckSettings = CheckSettings(),
        mode: CheckMode = .all
    ) -> Notebook {
        var cell = CodeCell(source: "print(1)\n", options: CellOptions(check: mode), fenceLine: 7, endLine: 9)
        cell.outputs = outputs
        cell.status = status
        return Notebook(path: "Notebooks/n.md", title: nil, blocks: [.code(cell)], check: check)
    }

    private func stored(_ outputs: [CellOutput], status: CellStatus = .succeeded) -> [SnapshotCell] {
        [SnapshotCell(fenceLine: 7, source: "print(1)\n", status: status, executionCount: 1, outputs: outputs)]
    }

    @Test func identicalOutputsHaveNoDifferences() throws {
        let outputs: [CellOutput] = [.stream("a\n"), .image(try Charts.line(shift: 0))]
        #expect(SnapshotComparison.differences(fresh: notebook(outputs: outputs), stored: stored(outputs)).isEmpty)
    }

    @Test func changedTextIsShownAsADiff() {
        let differences = SnapshotComparison.differences(
            fresh: notebook(outputs: [.stream("loss 0.4\n")]), stored: stored([.stream("loss 0.5\n")]))
        #expect(differences.count == 1)
        #expect(differences[0].report(file: "n.md").hasPrefix("n.md:7: cell 1 differs from the snapshot"))
        #expect(differences[0].items == [.text(diff: ["- loss 0.5", "+ loss 0.4", "  "])])
    }

    @Test func ignoredPatternsAreMaskedOnBothSides() {
        let settings = CheckSettings(ignore: ["took [0-9.]+ s"])
        let same = SnapshotComparison.differences(
            fresh: notebook(outputs: [.stream("took 0.31 s\n")], check: settings),
            stored: stored([.stream("took 0.12 s\n")]))
        #expect(same.isEmpty)
        let other = SnapshotComparison.differences(
            fresh: notebook(outputs: [.stream("took 0.31 s, loss 2\n")], check: settings),
            stored: stored([.stream("took 0.12 s, loss 1\n")]))
        #expect(other.first?.items == [.text(diff: ["- <ignored>, loss 1", "+ <ignored>, loss 2", "  "])])
    }

    @Test func changedChartIsCountedWithTheThresholdsInForce() throws {
        let differences = SnapshotComparison.differences(
            fresh: notebook(outputs: [.image(try Charts.line(shift: 3))]),
            stored: stored([.image(try Charts.line(shift: 0))]))
        let detail = try #require(differences.first?.details(file: "n.md").first)
        #expect(detail.hasPrefix("chart 1 of cell at n.md:7: "))
        #expect(detail.hasSuffix(" pixels differ (limit 0, threshold 0.1)"))
        guard case .chart(let chart) = differences[0].items[0], case .pixels(let count, _, _) = chart.verdict else {
            Issue.record("expected a pixel difference")
            return
        }
        #expect(count > 0)
        #expect(chart.difference?.width == chart.expected.width)
        // A limit at the measured count lets the chart pass; one pixel less does not.
        let loose = CheckSettings(maxDiffPixels: count)
        #expect(SnapshotComparison.differences(
            fresh: notebook(outputs: [.image(try Charts.line(shift: 3))], check: loose),
            stored: stored([.image(try Charts.line(shift: 0))])).isEmpty)
    }

    @Test func chartsOfACheckTextCellAndEverythingOfACheckSkipCellAreNotCompared() throws {
        let old: [CellOutput] = [.stream("a\n"), .image(try Charts.line(shift: 0))]
        let new: [CellOutput] = [.stream("a\n"), .image(try Charts.line(shift: 3))]
        #expect(SnapshotComparison.differences(fresh: notebook(outputs: new, mode: .text), stored: stored(old)).isEmpty)
        let changedText: [CellOutput] = [.stream("b\n"), .image(try Charts.line(shift: 3))]
        #expect(SnapshotComparison.differences(fresh: notebook(outputs: changedText, mode: .text),
                                               stored: stored(old)).count == 1)
        #expect(SnapshotComparison.differences(fresh: notebook(outputs: changedText, mode: .skip),
                                               stored: stored(old)).isEmpty)
    }

    @Test func chartOfAnotherSizeShowsBothSizes() throws {
        let wide = try Charts.line(shift: 0, size: (4, 2))
        let narrow = try Charts.line(shift: 0)
        #expect(wide.width > narrow.width)
        let differences = SnapshotComparison.differences(
            fresh: notebook(outputs: [.image(wide)]), stored: stored([.image(narrow)]))
        let detail = try #require(differences.first?.details(file: "n.md").first)
        #expect(detail == "chart 1 of cell at n.md:7: size differs: "
            + "snapshot \(narrow.width)x\(narrow.height), now \(wide.width)x\(wide.height)")
    }

    @Test func undecodableStoredChartIsADifferenceNotACrash() throws {
        let broken = PNGImage(data: [0x89, 0x50, 0x4E, 0x47, 1, 2, 3], width: 300, height: 200)
        let differences = SnapshotComparison.differences(
            fresh: notebook(outputs: [.image(try Charts.line(shift: 0))]), stored: stored([.image(broken)]))
        let detail = try #require(differences.first?.details(file: "n.md").first)
        #expect(detail.hasPrefix("chart 1 of cell at n.md:7: cannot be compared: "))
    }

    @Test func statusAndOutputKindsAreCompared() {
        let differences = SnapshotComparison.differences(
            fresh: notebook(outputs: [.error(CellError(kind: .runtime, message: "boom"))], status: .failed),
            stored: stored([.stream("ok\n")]))
        #expect(differences.first?.items.prefix(2) == [.note("status: snapshot succeeded, now failed"),
                                                       .note("outputs: snapshot [text], now [error]")])
    }

    @Test func cellCountMismatchIsReported() {
        let extra = stored([]) + [SnapshotCell(fenceLine: 20, source: "", status: .succeeded, executionCount: 2, outputs: [])]
        let differences = SnapshotComparison.differences(fresh: notebook(outputs: []), stored: extra)
        #expect(differences.map(\.items) == [[.note("the snapshot has 2 cells but the notebook has 1")]])
    }
}

/// Real charts rendered by cairo.
enum Charts {
    /// A line chart; `shift` moves its second point so the pixels differ.
    static func line(shift: Double, size: (Double, Double) = (3, 2)) throws -> PNGImage {
        let plt = Pyplot()
        try plt.figure(figsize: size)
        try plt.plot([0, 1, 2, 3], [0, 1 + shift, 4, 9])
        let figure = try #require(try plt.show().first)
        return PNGImage(data: figure.png, width: figure.width, height: figure.height)
    }
}

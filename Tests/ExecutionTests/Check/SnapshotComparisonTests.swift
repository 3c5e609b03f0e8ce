import NotebookFormat
import Plotting
import Testing
@testable import Execution

@Suite struct SnapshotComparisonTests {
    private func notebook(outputs: [CellOutput], status: CellStatus = .succeeded) -> Notebook {
        var cell = CodeCell(source: "print(1)\n", options: CellOptions(), fenceLine: 7, endLine: 9)
        cell.outputs = outputs
        cell.status = status
        return Notebook(path: "Notebooks/n.md", title: nil, blocks: [.code(cell)])
    }

    private func stored(_ outputs: [CellOutput], status: CellStatus = .succeeded) -> [SnapshotCell] {
        [SnapshotCell(fenceLine: 7, source: "print(1)\n", status: status, executionCount: 1, outputs: outputs)]
    }

    /// A real chart rendered by cairo; `shift` moves its line so the pixels differ.
    private func chart(shift: Double) throws -> PNGImage {
        let plt = Pyplot()
        try plt.figure(figsize: (3, 2))
        try plt.plot([0, 1, 2, 3], [0, 1 + shift, 4, 9])
        let figure = try #require(try plt.show().first)
        return PNGImage(data: figure.png, width: figure.width, height: figure.height)
    }

    @Test func identicalOutputsHaveNoDifferences() throws {
        let outputs: [CellOutput] = [.stream("a\n"), .image(try chart(shift: 0))]
        #expect(SnapshotComparison.differences(fresh: notebook(outputs: outputs), stored: stored(outputs)).isEmpty)
    }

    @Test func changedTextIsShownAsADiff() {
        let differences = SnapshotComparison.differences(
            fresh: notebook(outputs: [.stream("loss 0.4\n")]), stored: stored([.stream("loss 0.5\n")]))
        #expect(differences.count == 1)
        #expect(differences[0].report(file: "n.md").hasPrefix("n.md:7: cell 1 differs from the snapshot"))
        #expect(differences[0].details.contains("- loss 0.5"))
        #expect(differences[0].details.contains("+ loss 0.4"))
    }

    @Test func changedChartIsReportedWithItsPixelDifference() throws {
        let differences = SnapshotComparison.differences(
            fresh: notebook(outputs: [.image(try chart(shift: 3))]), stored: stored([.image(try chart(shift: 0))]))
        #expect(differences.count == 1)
        let detail = try #require(differences.first?.details.first)
        #expect(detail.hasPrefix("output 1 (image): pixels differ, RMS "))
    }

    @Test func statusAndOutputKindsAreCompared() {
        let differences = SnapshotComparison.differences(
            fresh: notebook(outputs: [.error(CellError(kind: .runtime, message: "boom"))], status: .failed),
            stored: stored([.stream("ok\n")]))
        #expect(differences.first?.details.prefix(2) == ["status: snapshot succeeded, now failed",
                                                         "outputs: snapshot [text], now [error]"])
    }

    @Test func cellCountMismatchIsReported() {
        let extra = stored([]) + [SnapshotCell(fenceLine: 20, source: "", status: .succeeded, executionCount: 2, outputs: [])]
        let differences = SnapshotComparison.differences(fresh: notebook(outputs: []), stored: extra)
        #expect(differences.map(\.details) == [["the snapshot has 2 cells but the notebook has 1"]])
    }
}

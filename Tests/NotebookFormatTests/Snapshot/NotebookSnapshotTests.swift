import Testing
@testable import NotebookFormat

@Suite struct NotebookSnapshotTests {
    @Test func matchesGolden() throws {
        try Golden.check(NotebookSnapshot.ipynb(SampleNotebook.executed), against: "sample.ipynb")
    }

    @Test func isDeterministic() {
        #expect(NotebookSnapshot.ipynb(SampleNotebook.executed) == NotebookSnapshot.ipynb(SampleNotebook.executed))
    }

    @Test func roundTripsEveryCodeCell() throws {
        let notebook = SampleNotebook.executed
        let cells = try NotebookSnapshot.read(ipynb: NotebookSnapshot.ipynb(notebook))
        #expect(cells.count == notebook.codeCells.count)
        for (read, original) in zip(cells, notebook.codeCells) {
            #expect(read.fenceLine == original.fenceLine)
            #expect(read.source == original.source)
            #expect(read.status == original.status)
            #expect(read.outputs == original.outputs)
        }
        #expect(cells.map(\.executionCount) == [1, 2, 3, nil, 4, nil])
    }

    @Test func splitsMultilineStringsLikeJupyter() {
        #expect(NotebookSnapshot.multiline("a\nb\n").rendered() == "[\n \"a\\n\",\n \"b\\n\"\n]")
        #expect(NotebookSnapshot.multiline("a\nb").rendered() == "[\n \"a\\n\",\n \"b\"\n]")
        #expect(NotebookSnapshot.multiline("").rendered() == "[]")
    }

    @Test func cellIDsAreDeterministicAndValid() {
        #expect(NotebookSnapshot.cellID(0) == "cell-0001")
        #expect(NotebookSnapshot.cellID(12344) == "cell-12345")
    }

    @Test(arguments: [
        "", "not json", "{\"cells\": 3}", "[1, 2",
        "{\"cells\": [{\"cell_type\": \"code\", \"source\": [], \"outputs\": [], \"metadata\": {}}]}",
        "{\"cells\": [{\"cell_type\": \"code\", \"source\": [], \"outputs\": [{\"output_type\": \"bogus\"}],"
            + " \"metadata\": {\"nbrun\": {\"line\": 1, \"status\": \"succeeded\"}}}]}",
        String(repeating: "[", count: 100_000),
        "{\"cells\": [{\"cell_type\": \"code\", \"source\": [], \"metadata\": {\"nbrun\": {\"line\": 1,"
            + " \"status\": \"failed\", \"error_location\": {\"line\": 1, \"column\": -9223372036854775808}}},"
            + " \"outputs\": [{\"output_type\": \"error\", \"ename\": \"error\", \"evalue\": \"x\"}]}]}",
    ])
    func rejectsBrokenSnapshots(_ text: String) {
        #expect(throws: SnapshotError.self) { try NotebookSnapshot.read(ipynb: text) }
    }

    @Test func readsJupyterStyleVariants() throws {
        // Jupyter may store image data wrapped over lines and text as one string instead of an array.
        let text = """
            {"cells": [{"cell_type": "code", "execution_count": 1, "source": "print(1)\\n",
              "metadata": {"nbrun": {"line": 4, "status": "succeeded"}},
              "outputs": [{"output_type": "stream", "name": "stdout", "text": "1\\n"},
                          {"output_type": "display_data", "data": {"image/png": "iVBO\\nRw0K"}, "metadata": {}}]}]}
            """
        let cells = try NotebookSnapshot.read(ipynb: text)
        #expect(cells == [SnapshotCell(
            fenceLine: 4, source: "print(1)\n", status: .succeeded, executionCount: 1,
            outputs: [.stream("1\n"), .image(PNGImage(data: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A], width: 0, height: 0))])])
    }
}

import Foundation
import Testing

/// End-to-end tests: the real nbrun executable on fixture notebooks (cmark, interpreter, reports).
@Suite struct NBRunCommandTests {
    @Test func proseOnlyNotebookWritesBothReports() throws {
        let folder = try NBRunProcess.workspace()
        let result = try NBRunProcess.run(["Fixtures/prose_only.md"], in: folder)
        #expect(result.status == 0)
        #expect(result.stderr.contains("prose_only.md: 0 cells, 0 failed"))
        let html = try NBRunProcess.read("Output/prose_only.html", in: folder)
        #expect(html.contains("Only prose"))
        #expect(html.contains("not a swift cell"))
        let ipynb = try NBRunProcess.read("Output/prose_only.ipynb", in: folder)
        #expect(ipynb.contains("\"nbformat\": 4"))
    }

    @Test func stateCarriesAcrossCellsAndNamesMayBeRedeclared() throws {
        let folder = try NBRunProcess.workspace()
        let result = try NBRunProcess.run(["Fixtures/multi_cell_state.md"], in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        let ipynb = try NBRunProcess.read("Output/multi_cell_state.ipynb", in: folder)
        #expect(ipynb.contains("total: 42"))
        #expect(ipynb.contains("re-declared 42"))
        #expect(result.stderr.contains("multi_cell_state.md:3: cell 1 ok"))
        #expect(result.stderr.contains("multi_cell_state.md: 3 cells, 0 failed"))
    }

    @Test func cellOptionsAreHonoured() throws {
        let folder = try NBRunProcess.workspace()
        let started = Date()
        let result = try NBRunProcess.run(["Fixtures/cell_options.md"], in: folder)
        #expect(Date().timeIntervalSince(started) < 30, "the runaway cell must be stopped by its timeout")
        #expect(result.status == 1)
        #expect(result.stderr.contains("cell_options.md:3: cell 1 raised as expected"))
        #expect(result.stderr.contains("cell_options.md:8: cell 2 skipped"))
        #expect(result.stderr.contains("cell_options.md:20: cell 5 FAILED"))
        let ipynb = try NBRunProcess.read("Output/cell_options.ipynb", in: folder)
        #expect(ipynb.contains("Index out of range"))
        #expect(!ipynb.contains("never runs\\n"))
        let html = try NBRunProcess.read("Output/cell_options.html", in: folder)
        // Each cell's own section (its anchor is its fence line), so other cells cannot satisfy these.
        let hideCode = try #require(Self.section(of: 12, in: html))
        #expect(hideCode.contains("code hidden, output shown"))
        #expect(!hideCode.contains("class=\"code\""), "hide-code shows no code")
        #expect(hideCode.contains("class=\"outputs\""))
        let hideOutput = try #require(Self.section(of: 16, in: html))
        #expect(hideOutput.contains("class=\"code\"") && hideOutput.contains("output hidden"), "hide-output shows its code")
        #expect(!hideOutput.contains("class=\"outputs\""), "hide-output shows no output")
        #expect(html.contains("cell_options.md:22"), "the timeout error is located at the loop")
    }

    @Test func failingCellStopsTheRunAndLaterCellsAreNotRun() throws {
        let folder = try NBRunProcess.workspace()
        let result = try NBRunProcess.run(["Fixtures/failing_cell.md"], in: folder)
        #expect(result.status == 1)
        #expect(result.stderr.contains("failing_cell.md:7: cell 2 FAILED"))
        #expect(result.stderr.contains("failing_cell.md:12: cell 3 not run"))
        let ipynb = try NBRunProcess.read("Output/failing_cell.ipynb", in: folder)
        #expect(ipynb.contains("Unexpectedly found nil while unwrapping an Optional value"))
        #expect(ipynb.contains("failing_cell.md:9:"))
        #expect(!ipynb.contains("\"third\\n\""), "the third cell never printed")
    }

    @Test func allowErrorsGoesOnAfterAFailure() throws {
        let folder = try NBRunProcess.workspace()
        let result = try NBRunProcess.run(["--allow-errors", "Fixtures/failing_cell.md"], in: folder)
        #expect(result.status == 1)
        #expect(result.stderr.contains("failing_cell.md:12: cell 3 ok"))
        let ipynb = try NBRunProcess.read("Output/failing_cell.ipynb", in: folder)
        #expect(ipynb.contains("\"third\\n\""))
    }

    @Test func raisesCellThatSucceedsIsAnError() throws {
        let folder = try NBRunProcess.workspace()
        let result = try NBRunProcess.run(["Fixtures/unexpected_success.md"], in: folder)
        #expect(result.status == 1)
        #expect(result.stderr.contains("unexpected_success.md:3: cell 1 FAILED"))
    }

    @Test func folderInputRunsEveryNotebookAndWritesAnIndex() throws {
        let folder = try NBRunProcess.workspace()
        let result = try NBRunProcess.run(["Fixtures/suite"], in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        let first = result.stderr.range(of: "a_first.md: 1 cells")
        let second = result.stderr.range(of: "b_second.md: 1 cells")
        #expect(first != nil && second != nil && first!.lowerBound < second!.lowerBound)
        let index = try NBRunProcess.read("Output/index.html", in: folder)
        #expect(index.contains("a_first.html"))
        #expect(index.contains("b_second.html"))
        #expect(try NBRunProcess.read("Output/b_second.ipynb", in: folder).contains("[10, 20, 30]"))
    }

    @Test func missingFileIsAUsageErrorAndWritesNothing() throws {
        let folder = try NBRunProcess.workspace()
        let result = try NBRunProcess.run(["no_such.md"], in: folder)
        #expect(result.status == 2)
        #expect(result.stderr.contains("nbrun: no_such.md: No such file"))
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("Output").path))
    }

    @Test func badOptionIsAUsageError() throws {
        let folder = try NBRunProcess.workspace()
        let result = try NBRunProcess.run(["--timeout", "-3", "Fixtures/prose_only.md"], in: folder)
        #expect(result.status == 2)
        #expect(result.stderr.contains("--timeout"))
    }

    @Test func twoRunsGiveByteIdenticalReports() throws {
        let folder = try NBRunProcess.workspace()
        var reports: [String] = []
        for _ in 0..<2 {
            let result = try NBRunProcess.run(["Fixtures/multi_cell_state.md"], in: folder)
            #expect(result.status == 0)
            reports.append(try NBRunProcess.read("Output/multi_cell_state.html", in: folder)
                + NBRunProcess.read("Output/multi_cell_state.ipynb", in: folder))
        }
        #expect(reports[0] == reports[1])
    }

    @Test func checkPassesOnAFreshSnapshotAndFailsOnATamperedOne() throws {
        let folder = try NBRunProcess.workspace()
        #expect(try NBRunProcess.run(["Fixtures/multi_cell_state.md"], in: folder).status == 0)
        let snapshot = folder.appendingPathComponent("Output/multi_cell_state.ipynb")
        let before = try Data(contentsOf: snapshot)

        let pass = try NBRunProcess.run(["--check", "Fixtures/multi_cell_state.md"], in: folder)
        #expect(pass.status == 0, "\(pass.stdout)\(pass.stderr)")
        #expect(pass.stderr.contains("matches"))

        let tampered = String(decoding: before, as: UTF8.self).replacingOccurrences(of: "total: 42", with: "total: 41")
        try Data(tampered.utf8).write(to: snapshot)
        let fail = try NBRunProcess.run(["--check", "Fixtures/multi_cell_state.md"], in: folder)
        #expect(fail.status == 1)
        #expect(fail.stdout.contains("multi_cell_state.md:11: cell 2 differs from the snapshot"))
        #expect(fail.stdout.contains("- total: 41"))
        #expect(fail.stdout.contains("+ total: 42"))
        #expect(try String(contentsOf: snapshot, encoding: .utf8) == tampered, "--check writes nothing")
    }

    @Test func notebookSourceIsNeverModified() throws {
        let folder = try NBRunProcess.workspace()
        let path = folder.appendingPathComponent("Fixtures/failing_cell.md")
        let before = try Data(contentsOf: path)
        _ = try NBRunProcess.run(["Fixtures/failing_cell.md"], in: folder)
        #expect(try Data(contentsOf: path) == before)
    }

    /// The report's `<section>` of the cell whose fence is on `line`, nil when there is none.
    static func section(of line: Int, in html: String) -> Substring? {
        guard let start = html.range(of: "id=\"L\(line)\">"),
            let end = html[start.upperBound...].range(of: "</section>")
        else { return nil }
        return html[start.lowerBound..<end.upperBound]
    }
}

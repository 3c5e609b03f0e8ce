import Foundation
import Testing

/// `--check`, `--update` and `--junit` end to end through the real nbrun executable (COURSE.md §2).
@Suite struct SnapshotCommandTests {
    private func replace(_ old: String, with new: String, in path: String, folder: URL) throws {
        let url = folder.appendingPathComponent(path)
        let text = try String(contentsOf: url, encoding: .utf8)
        #expect(text.contains(old), "fixture \(path) must contain \(old)")
        try Data(text.replacingOccurrences(of: old, with: new).utf8).write(to: url)
    }

    private func exists(_ path: String, in folder: URL) -> Bool {
        FileManager.default.fileExists(atPath: folder.appendingPathComponent(path).path)
    }

    @Test func missingSnapshotFailsThenUpdateCreatesItAndCheckPasses() throws {
        let folder = try NBRunProcess.workspace()
        let missing = try NBRunProcess.run(["--check", "Fixtures/checks/timed.md"], in: folder)
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("timed.md: no snapshot Output/timed.ipynb (run with --update to create it)"))
        #expect(!exists("Output/timed.ipynb", in: folder), "--check never writes snapshots")
        #expect(exists("Output/.check/index.html", in: folder))

        let update = try NBRunProcess.run(["--update", "Fixtures/checks/timed.md"], in: folder)
        #expect(update.status == 0, "\(update.stderr)")
        #expect(update.stderr.contains("Output/timed.ipynb: created"))
        #expect(exists("Output/timed.html", in: folder))

        let pass = try NBRunProcess.run(["--check", "Fixtures/checks/timed.md"], in: folder)
        #expect(pass.status == 0, "\(pass.stdout)\(pass.stderr)")
        #expect(pass.stderr.contains("timed.md: matches Output/timed.ipynb"))
        #expect(!exists("Output/.check/index.html", in: folder), "a stale review page is removed")
    }

    @Test func differenceIsDiffedLinkedAndReviewedThenUpdated() throws {
        let folder = try NBRunProcess.workspace()
        #expect(try NBRunProcess.run(["--update", "Fixtures/checks/timed.md"], in: folder).status == 0)
        // Noise that check.ignore masks is no difference; a changed loss is.
        try replace("took 12 ms", with: "took 97 ms", in: "Fixtures/checks/timed.md", folder: folder)
        #expect(try NBRunProcess.run(["--check", "Fixtures/checks/timed.md"], in: folder).status == 0)
        try replace("loss 0.25", with: "loss 0.5", in: "Fixtures/checks/timed.md", folder: folder)
        try replace("alert('x')", with: "alert('y')", in: "Fixtures/checks/timed.md", folder: folder)
        let snapshot = try NBRunProcess.read("Output/timed.ipynb", in: folder)

        let check = try NBRunProcess.run(["--check", "Fixtures/checks/timed.md"], in: folder)
        #expect(check.status == 1)
        #expect(check.stdout.contains("timed.md:9: cell 1 differs from the snapshot"))
        #expect(check.stdout.contains("    - loss 0.25, <ignored>"))
        #expect(check.stdout.contains("    + loss 0.5, <ignored>"))
        #expect(check.stdout.contains("/Output/.check/index.html#nb-timed-md-cell-1"))
        #expect(check.stderr.contains("timed.md: 2 cells differ from Output/timed.ipynb"))
        #expect(try NBRunProcess.read("Output/timed.ipynb", in: folder) == snapshot, "--check never writes snapshots")
        let review = try NBRunProcess.read("Output/.check/index.html", in: folder)
        #expect(review.contains("id=\"nb-timed-md-cell-1\""))
        #expect(review.contains("&lt;script&gt;alert(&#39;y&#39;)&lt;/script&gt;"))
        #expect(!review.contains("<script>alert"))

        let update = try NBRunProcess.run(["--update", "Fixtures/checks/timed.md"], in: folder)
        #expect(update.status == 0)
        #expect(update.stderr.contains("Output/timed.ipynb: updated (2 cells differed)"))
        #expect(!exists("Output/.check/index.html", in: folder), "nothing is left to review after an update")
        #expect(try NBRunProcess.run(["--check", "Fixtures/checks/timed.md"], in: folder).status == 0)
    }

    @Test func changedChartIsCountedAndShownAsImages() throws {
        let folder = try NBRunProcess.workspace()
        #expect(try NBRunProcess.run(["--update", "Fixtures/checks/chart.md"], in: folder).status == 0)
        try replace("[0.0, 1.0, 4.0]", with: "[0.0, 2.0, 4.0]", in: "Fixtures/checks/chart.md", folder: folder)
        let check = try NBRunProcess.run(["--check", "Fixtures/checks/chart.md"], in: folder)
        #expect(check.status == 1)
        #expect(check.stdout.contains("chart 1 of cell at chart.md:3: "))
        #expect(check.stdout.contains(" pixels differ (limit 0, threshold 0.1)"))
        let review = try NBRunProcess.read("Output/.check/index.html", in: folder)
        #expect(review.components(separatedBy: "src=\"data:image/png;base64,").count - 1 == 5)
        #expect(review.contains("<figcaption>Difference, "))
        #expect(review.contains("class=\"wipe-slider\""))
    }

    @Test func folderRunFailsOnAnObsoleteSnapshotAndUpdateRemovesIt() throws {
        let folder = try NBRunProcess.workspace()
        #expect(try NBRunProcess.run(["--update", "Fixtures/suite"], in: folder).status == 0)
        try FileManager.default.copyItem(at: folder.appendingPathComponent("Output/a_first.ipynb"),
                                         to: folder.appendingPathComponent("Output/retired.ipynb"))
        try Data("<html>".utf8).write(to: folder.appendingPathComponent("Output/retired.html"))

        let check = try NBRunProcess.run(["--check", "--junit", "junit.xml", "Fixtures/suite"], in: folder)
        #expect(check.status == 1)
        #expect(check.stderr.contains("Output/retired.ipynb: obsolete snapshot, its notebook retired.md no longer exists"))
        let junit = try NBRunProcess.read("junit.xml", in: folder)
        #expect(junit.contains("<testsuites tests=\"3\" failures=\"1\">"))
        #expect(junit.contains("<testcase classname=\"nbrun\" name=\"a_first.md\"/>"))
        #expect(junit.contains("<testcase classname=\"nbrun\" name=\"retired.md\">"))

        let update = try NBRunProcess.run(["--update", "Fixtures/suite"], in: folder)
        #expect(update.status == 0)
        #expect(update.stderr.contains("Output/retired.ipynb: removed (obsolete, retired.md no longer exists)"))
        #expect(!exists("Output/retired.ipynb", in: folder))
        #expect(!exists("Output/retired.html", in: folder))
        #expect(try NBRunProcess.run(["--check", "Fixtures/suite"], in: folder).status == 0)
    }

    @Test func singleNotebookRunIgnoresOtherSnapshots() throws {
        let folder = try NBRunProcess.workspace()
        #expect(try NBRunProcess.run(["--update", "Fixtures/suite"], in: folder).status == 0)
        let check = try NBRunProcess.run(["--check", "Fixtures/suite/a_first.md"], in: folder)
        #expect(check.status == 0, "\(check.stderr)")
    }

    @Test(arguments: ["", "{\"cells\": [", "{\"nbformat\": 4}", "[[[[[[[[[[[[[[[[[[[["])
    func corruptSnapshotIsAClearErrorNamingTheFile(_ content: String) throws {
        let folder = try NBRunProcess.workspace()
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("Output"), withIntermediateDirectories: true)
        try Data(content.utf8).write(to: folder.appendingPathComponent("Output/a_first.ipynb"))
        let check = try NBRunProcess.run(["--check", "Fixtures/suite/a_first.md"], in: folder)
        #expect(check.status == 1)
        #expect(check.stderr.contains("Output/a_first.ipynb: error: invalid snapshot: "))
    }

    @Test func usageErrorsForConflictingFlags() throws {
        let folder = try NBRunProcess.workspace()
        #expect(try NBRunProcess.run(["--check", "--update", "Fixtures/suite"], in: folder).status == 2)
        #expect(try NBRunProcess.run(["--junit", "j.xml", "Fixtures/suite"], in: folder).status == 2)
    }

    @Test func failingCellShowsItsLocatedDiagnosticInEveryRun() throws {
        let folder = try NBRunProcess.workspace()
        for arguments in [["Fixtures/failing_cell.md"], ["--check", "Fixtures/failing_cell.md"]] {
            let result = try NBRunProcess.run(arguments, in: folder)
            #expect(result.status == 1)
            #expect(result.stderr.contains("""
                failing_cell.md:9:12: error: Fatal error: Unexpectedly found nil while unwrapping an Optional value
                print(maybe!)
                           ^
                """), "\(result.stderr)")
            #expect(!result.stderr.contains("\u{1B}["), "no colours when stderr is not a terminal")
        }
    }
}

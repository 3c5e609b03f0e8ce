import Foundation
import Testing

/// End-to-end tests of the report options and of bad notebook files.
@Suite struct ReportOptionTests {
    @Test func rawHTMLIsDroppedUnlessAllowedAndOutputIsEscaped() throws {
        let folder = try NBRunProcess.workspace()
        #expect(try NBRunProcess.run(["Fixtures/raw_html.md"], in: folder).status == 0)
        let safe = try NBRunProcess.read("Output/raw_html.html", in: folder)
        #expect(!safe.contains("<div class=\"callout\">"))
        #expect(safe.contains("&lt;b&gt;printed&lt;/b&gt; &amp; done"))
        #expect(!safe.contains("<b>printed</b>"))

        #expect(try NBRunProcess.run(["--unsafe-html", "Fixtures/raw_html.md"], in: folder).status == 0)
        let unsafe = try NBRunProcess.read("Output/raw_html.html", in: folder)
        #expect(unsafe.contains("<div class=\"callout\">Raw block</div>"))
        #expect(!unsafe.contains("<b>printed</b>"), "cell output is escaped even with --unsafe-html")
    }

    @Test func timingsAppearOnlyWhenAsked() throws {
        let folder = try NBRunProcess.workspace()
        #expect(try NBRunProcess.run(["Fixtures/multi_cell_state.md"], in: folder).status == 0)
        let plain = try NBRunProcess.read("Output/multi_cell_state.html", in: folder)
        #expect(try NBRunProcess.run(["--timings", "Fixtures/multi_cell_state.md"], in: folder).status == 0)
        let timed = try NBRunProcess.read("Output/multi_cell_state.html", in: folder)
        // One timing badge per cell (the fixture has three), and none without the option.
        let badge = /<span class="timing">[0-9.]+ m?s<\/span>/
        #expect(timed.matches(of: badge).count == 3)
        #expect(plain.matches(of: badge).isEmpty && !plain.contains("class=\"timing\""))
    }

    @Test func invalidUTF8IsALocatedErrorAndWritesNothing() throws {
        let folder = try NBRunProcess.workspace()
        let result = try NBRunProcess.run(["Fixtures/invalid_utf8.md"], in: folder)
        #expect(result.status == 2)
        #expect(result.stderr.contains("Fixtures/invalid_utf8.md:3:11: error:"))
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("Output").path))
    }

    @Test func outputDirectoryOptionIsHonoured() throws {
        let folder = try NBRunProcess.workspace()
        let result = try NBRunProcess.run(["--output-dir", "reports/html", "Fixtures/prose_only.md"], in: folder)
        #expect(result.status == 0)
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("reports/html/prose_only.html").path))
    }

    @Test func unwritableReportIsAnErrorAndLeavesNoTemporaryFiles() throws {
        let folder = try NBRunProcess.workspace()
        let blocker = folder.appendingPathComponent("Output/prose_only.html/keep")
        try FileManager.default.createDirectory(at: blocker, withIntermediateDirectories: true)
        let result = try NBRunProcess.run(["Fixtures/prose_only.md"], in: folder)
        #expect(result.status == 2)
        #expect(result.stderr.contains("prose_only.html"))
        #expect(FileManager.default.fileExists(atPath: blocker.path), "the existing entry is untouched")
        let left = try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("Output").path)
        #expect(left == ["prose_only.html"], "no temporary file is left behind")
    }
}

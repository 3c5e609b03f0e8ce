import NotebookFormat
import Testing
@testable import HTMLReport

@Suite struct HTMLReportTests {
    @Test func courseReportMatchesGolden() throws {
        try Golden.check(HTMLReport.render(SampleNotebooks.course, options: ReportOptions()), against: "course.html")
    }

    @Test func courseReportWithTimingsMatchesGolden() throws {
        try Golden.check(
            HTMLReport.render(SampleNotebooks.course, options: ReportOptions(showTimings: true)),
            against: "course_timings.html")
    }

    @Test func plainReportMatchesGolden() throws {
        try Golden.check(HTMLReport.render(SampleNotebooks.plain, options: ReportOptions()), against: "plain.html")
    }

    @Test func indexMatchesGolden() throws {
        let entries = [
            IndexEntry(notebook: SampleNotebooks.course, href: "gradient_tape.html"),
            IndexEntry(notebook: SampleNotebooks.plain, href: "plain.html"),
        ]
        try Golden.check(HTMLReport.renderIndex(entries), against: "index.html")
    }

    @Test func isDeterministic() {
        let first = HTMLReport.render(SampleNotebooks.course, options: ReportOptions(showTimings: true))
        #expect(first == HTMLReport.render(SampleNotebooks.course, options: ReportOptions(showTimings: true)))
    }

    @Test func scriptTagsNeverAppearUnescaped() {
        let html = HTMLReport.render(SampleNotebooks.course, options: ReportOptions())
        #expect(!html.contains("<script"))
        #expect(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"))
        let index = HTMLReport.renderIndex([IndexEntry(
            title: SampleNotebooks.hostile, href: "\"><script>", fileName: "<script>.md", cellCount: 1, failures: 0)])
        #expect(!index.contains("<script"))
    }

    @Test func honoursHiddenCodeAndOutput() {
        let html = HTMLReport.render(SampleNotebooks.course, options: ReportOptions())
        #expect(!html.contains("plt.plot"))
        #expect(html.contains("data:image/png;base64,iVBORw0KGgo"))
        #expect(!html.contains("noise that the report must not show"))
    }

    @Test func timingsOnlyWhenAsked() {
        #expect(!HTMLReport.render(SampleNotebooks.course, options: ReportOptions()).contains("12 ms"))
        #expect(HTMLReport.render(SampleNotebooks.course, options: ReportOptions(showTimings: true)).contains("12 ms"))
    }

    @Test func titleFallsBackFromFrontMatterToHeadingToFileName() {
        #expect(HTMLReport.title(of: SampleNotebooks.course) == "Gradients & <tapes> \"quoted\" 'single'")
        var untitled = SampleNotebooks.course
        untitled.title = nil
        #expect(HTMLReport.title(of: untitled) == "Gradient tape")
        #expect(HTMLReport.title(of: SampleNotebooks.plain) == "plain.md")
    }

    @Test func reportHasNoAbsolutePaths() {
        #expect(!HTMLReport.render(SampleNotebooks.plain, options: ReportOptions()).contains("/abs/dir"))
    }

    @Test(arguments: [(0.0123, "12 ms"), (0.9996, "1.00 s"), (2.345, "2.35 s"), (61, "61.00 s"), (-1, "–"),
                      (Double.nan, "–"), (1e300, "1000000000.00 s")])
    func formatsDurations(_ seconds: Double, _ text: String) {
        #expect(DurationFormat.string(seconds) == text)
    }
}

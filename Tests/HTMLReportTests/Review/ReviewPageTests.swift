import NotebookFormat
import Testing
@testable import HTMLReport

@Suite struct ReviewPageTests {
    private let png = PNGImage(data: [0x89, 0x50, 0x4E, 0x47], width: 30, height: 20)

    private var checks: [NotebookCheck] {
        let chart = ChartDifference(chartIndex: 1, expected: png, actual: png,
                                    verdict: .pixels(count: 12, limit: 0, threshold: 0.1), difference: png)
        return [
            NotebookCheck(fileName: "ok.md", snapshotPath: "Output/ok.ipynb", outcome: .matches),
            NotebookCheck(fileName: "x<y>.md", snapshotPath: "Output/x<y>.ipynb", outcome: .differs([
                CellDifference(cellIndex: 2, fenceLine: 14, items: [
                    .text(diff: ["- <script>alert(1)</script>", "+ fine"]), .chart(chart),
                ]),
            ])),
            NotebookCheck(fileName: "gone.md", snapshotPath: "Output/gone.ipynb", outcome: .obsolete),
        ]
    }

    @Test func summaryCountsEachOutcome() {
        #expect(ReviewPage.summary(checks) == "3 notebooks checked: 1 matches, 1 differs, 1 obsolete")
        let html = ReviewPage.render(checks)
        #expect(html.contains("3 notebooks checked: 1 matches, 1 differs, 1 obsolete"))
    }

    @Test func everyShownTextIsEscaped() {
        let html = ReviewPage.render(checks)
        #expect(!html.contains("<script>alert"))
        #expect(html.contains("- &lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(html.contains("x&lt;y&gt;.md"))
        #expect(!html.contains("x<y>"))
    }

    @Test func chartsAreDataURIsSideBySideWithAWipe() {
        let html = ReviewPage.render(checks)
        let uri = "data:image/png;base64,iVBORw=="
        #expect(html.components(separatedBy: "src=\"\(uri)\"").count - 1 == 5, "expected, actual, difference, and the wipe's two")
        #expect(html.contains("chart 1 of cell at x&lt;y&gt;.md:14: 12 pixels differ (limit 0, threshold 0.1)"))
        #expect(html.contains("class=\"wipe-slider\""))
        #expect(!html.contains("http://") && !html.contains("https://"), "works offline from file://")
    }

    @Test func sectionsHaveAnchorsTheTerminalLinksTo() {
        let differing = checks[1]
        let html = ReviewPage.render(checks)
        #expect(ReviewPage.anchor(differing) == "nb-x-y--md")
        #expect(html.contains("id=\"\(ReviewPage.anchor(differing, cell: differing.differences[0]))\""))
        #expect(html.contains("href=\"#nb-x-y--md\""))
        #expect(!html.contains("id=\"nb-ok-md\""), "passing notebooks get no section")
    }

    @Test func isDeterministic() {
        #expect(ReviewPage.render(checks) == ReviewPage.render(checks))
    }
}

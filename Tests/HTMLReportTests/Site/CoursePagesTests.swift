import Foundation
import HTMLReport
import NotebookFormat
import Testing

@Suite struct CoursePagesTests {
    private let outline = CourseOutline(title: "A <Course>", parts: [
        OutlinePart(title: "Foundations", chapters: [
            OutlineChapter(title: "Course Notebook", href: "course.html", fileName: "course.md"),
            OutlineChapter(title: "Plain", href: "plain.html", fileName: "plain.md"),
        ]),
        OutlinePart(title: "More", chapters: [
            OutlineChapter(title: "Last", href: "last.html", fileName: "last/last.md"),
        ]),
    ])

    @Test func aChapterPageMatchesItsGolden() throws {
        let page = HTMLReport.renderChapter(SampleNotebooks.plain, options: ReportOptions(), outline: outline, current: 1)
        try Golden.check(page, against: "chapter.html")
    }

    @Test func theCurrentChapterIsMarkedAndNeighboursAreLinked() {
        let page = HTMLReport.renderChapter(SampleNotebooks.plain, options: ReportOptions(), outline: outline, current: 1)
        #expect(page.contains("<a href=\"plain.html\" aria-current=\"page\">Plain</a>"))
        #expect(page.components(separatedBy: "\" aria-current=").count == 2)
        #expect(page.contains("<a rel=\"prev\" href=\"course.html\">← Course Notebook</a>"))
        #expect(page.contains("<a rel=\"next\" href=\"last.html\">Last →</a>"))
        #expect(page.contains("A &lt;Course&gt;"))
        #expect(!page.contains("<script"))
        // The second part's first chapter is the course's third.
        #expect(page.contains("<ol><li><a href=\"course.html\">"))
        #expect(page.contains("<ol start=\"3\"><li><a href=\"last.html\">"))
    }

    @Test func theFirstAndLastChaptersHaveOneNeighbour() {
        let first = HTMLReport.renderChapter(SampleNotebooks.plain, options: ReportOptions(), outline: outline, current: 0)
        #expect(!first.contains("<a rel=\"prev\"") && first.contains("<a rel=\"next\""))
        let last = HTMLReport.renderChapter(SampleNotebooks.plain, options: ReportOptions(), outline: outline, current: 2)
        #expect(last.contains("<a rel=\"prev\"") && !last.contains("<a rel=\"next\""))
    }

    @Test func theIndexGivesEachChaptersStateInWords() throws {
        let index = HTMLReport.renderCourseIndex(outline, states: [.ok, .cached, .failed])
        try Golden.check(index, against: "course_index.html")
        #expect(index.contains("<td class=\"state ok\">ok</td>"))
        #expect(index.contains("<td class=\"state cached\">cached</td>"))
        #expect(index.contains("<td class=\"state failed\">failed</td>"))
        #expect(index.contains("3 chapters, 1 failed"))
    }
}

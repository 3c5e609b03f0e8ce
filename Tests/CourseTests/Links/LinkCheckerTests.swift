import Foundation
import NotebookFormat
import Testing

@testable import Course

@Suite struct LinkCheckerTests {
    /// Parses and checks every chapter of a fixture course, as a build does before running.
    private func check(_ name: String, output: String = "Output") throws -> (notebooks: [String: Notebook], errors: [String]) {
        let fixture = try FixtureCourse(name)
        let course = try CourseLoader.load(folder: fixture.folder)
        var parsed: [String: Notebook] = [:]
        for chapter in course.chapters {
            let data = try #require(FileManager.default.contents(atPath: fixture.path(chapter.path)))
            parsed[chapter.path] = try NotebookParser.parse(Array(data), path: chapter.path)
        }
        let checker = LinkChecker(chapters: parsed, courseFolder: fixture.folder, outputFolder: fixture.path(output))
        var rewritten: [String: Notebook] = [:]
        var errors: [String] = []
        for chapter in course.chapters {
            let (notebook, found) = checker.check(try #require(parsed[chapter.path]), path: chapter.path)
            rewritten[chapter.path] = notebook
            errors += found.map(\.description)
        }
        return (rewritten, errors)
    }

    private func prose(_ notebook: Notebook?) -> String {
        (notebook?.blocks ?? []).compactMap { if case .prose(let prose) = $0 { prose.html } else { nil } }.joined()
    }

    @Test func chapterLinksBecomePageLinksAndFilesAreReachedFromTheOutputFolder() throws {
        let (notebooks, errors) = try check("basic")
        #expect(errors.isEmpty)
        let intro = prose(notebooks["intro.md"])
        #expect(intro.contains("href=\"tensors.html\""))
        #expect(intro.contains("href=\"tensors.html#random-numbers\""))
        #expect(intro.contains("href=\"exercises.html#exercises\""))
        #expect(intro.contains("href=\"../data/points.csv\""))
        #expect(intro.contains("href=\"#details\""))
        #expect(!intro.contains(".md\""))
    }

    @Test func everyBrokenLinkIsReportedWithItsLine() throws {
        let (_, errors) = try check("broken")
        #expect(errors == [
            "a.md:3: error: link to 'missing.md', which is not a chapter of this course",
            "a.md:5: error: link to '#nowhere', which is not a heading of 'b.md'",
            "a.md:7: error: link to 'figures/plot.png', which does not exist",
            "b.md:7: error: link to '#no-such-heading', which is not a heading of 'b.md'",
        ])
    }

    @Test func anchorsAreTheReportsHeadingIDs() throws {
        // The checker accepts exactly the ids the HTML report gives headings (GitHub's slugs, -1 for repeats).
        let text = "# Hello, World!\n\n## Hello, World!\n\n[one](#hello-world) [two](#hello-world-1) [bad](#hello-world-2)\n"
        let notebook = try NotebookParser.parse(Array(text.utf8), path: "x.md")
        let checker = LinkChecker(chapters: ["x.md": notebook], courseFolder: "/c", outputFolder: "/c/Output")
        let (_, errors) = checker.check(notebook, path: "x.md")
        #expect(errors.map(\.description) == ["x.md:5: error: link to '#hello-world-2', which is not a heading of 'x.md'"])
        #expect(prose(notebook).contains("<h2 id=\"hello-world-1\">"))
    }

    @Test func externalLinksAreLeftAlone() {
        #expect(LinkTarget(href: "https://example.com/a.md") == .external)
        #expect(LinkTarget(href: "mailto:someone@example.com") == .external)
        #expect(LinkTarget(href: "/absolute.md") == .external)
        #expect(LinkTarget(href: "a%20b.md#x") == .relative(path: "a b.md", fragment: "x"))
        #expect(LinkTarget.resolve("../a.md", from: "notes") == "a.md")
        #expect(LinkTarget.resolve("../../a.md", from: "notes") == nil)
    }

    @Test func relativePathsClimbOutOfTheOutputFolder() {
        #expect(RelativePath.from("/c/Output", to: "/c/data/points.csv") == "../data/points.csv")
        #expect(RelativePath.from("/c/site/deep", to: "/c/x.png") == "../../x.png")
    }
}

import Foundation
import Testing

/// `nbrun build` end to end: the real executable on a fixture course.
@Suite struct BuildCommandTests {
    private static var summary: Regex<(Substring, Substring, Substring, Substring)> {
        #/course: 2 chapters, (\d) ran, (\d) from cache, (\d) failed, \d+\.\d\d s/#
    }

    /// The counts of the summary, which must be the last line on stderr.
    private func counts(_ result: NBRunProcess.Result) throws -> [Int] {
        let last = try #require(result.stderr.split(separator: "\n").last.map(String.init))
        let match = try #require(try Self.summary.wholeMatch(in: last), "last line: \(last)")
        return [Int(match.1), Int(match.2), Int(match.3)].compactMap { $0 }
    }

    @Test func buildsTheSiteThenTakesUnchangedChaptersFromTheCache() throws {
        let folder = try NBRunProcess.workspace()
        let first = try NBRunProcess.run(["build", "Fixtures/course", "--output-dir", "Site"], in: folder)
        #expect(first.status == 0, "\(first.stderr)")
        #expect(try counts(first) == [2, 0, 0])
        let page = try NBRunProcess.read("Site/first.html", in: folder)
        #expect(page.contains("<a href=\"second.html#squares\">the second chapter</a>"))
        #expect(page.contains("<a href=\"first.html\" aria-current=\"page\">First Steps</a>"))
        #expect(page.contains("rel=\"next\" href=\"second.html\""))
        #expect(!page.contains("BEGIN SOLUTION"))
        for file in ["first.html", "second.html", "index.html", "first.ipynb", "second.ipynb"] {
            #expect(!(try NBRunProcess.read("Site/\(file)", in: folder)).contains(folder.path), "\(file)")
        }
        let again = try NBRunProcess.run(["build", "Fixtures/course", "--output-dir", "Site"], in: folder)
        #expect(try counts(again) == [0, 2, 0])
        #expect(try NBRunProcess.read("Site/first.html", in: folder) == page)
        let fresh = try NBRunProcess.run(["build", "Fixtures/course", "--output-dir", "Site", "--no-cache", "--jobs", "1"], in: folder)
        #expect(try counts(fresh) == [2, 0, 0])
        #expect(try NBRunProcess.read("Site/first.html", in: folder) == page)
    }

    @Test func theDefaultOutputIsInsideTheCourse() throws {
        let folder = try NBRunProcess.workspace()
        let result = try NBRunProcess.run(["build", "Fixtures/course", "--student"], in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try NBRunProcess.read("Fixtures/course/Output/index.html", in: folder).contains("End to End"))
        let student = try NBRunProcess.read("Fixtures/course/Output/student/first.md", in: folder)
        #expect(student.contains("// YOUR CODE HERE\nfatalError(\"not implemented\")\n```"))
    }

    @Test func checkComparesWithTheSnapshotsAndWritesNothing() throws {
        let folder = try NBRunProcess.workspace()
        _ = try NBRunProcess.run(["build", "Fixtures/course", "--output-dir", "Site"], in: folder)
        let clean = try NBRunProcess.run(["build", "Fixtures/course", "--output-dir", "Site", "--check"], in: folder)
        #expect(clean.status == 0, "\(clean.stdout)\(clean.stderr)")
        #expect(clean.stderr.contains("second.md: matches Site/second.ipynb"))
        let snapshot = folder.appendingPathComponent("Site/second.ipynb")
        let tampered = try String(contentsOf: snapshot, encoding: .utf8).replacingOccurrences(of: "\"9\\n\"", with: "\"10\\n\"")
        try Data(tampered.utf8).write(to: snapshot)
        try Data("{}".utf8).write(to: folder.appendingPathComponent("Site/gone.ipynb"))
        let dirty = try NBRunProcess.run(
            ["build", "Fixtures/course", "--output-dir", "Site", "--check", "--junit", "junit.xml"], in: folder)
        #expect(dirty.status == 1)
        #expect(dirty.stdout.contains("second.md:5: cell 1 differs from the snapshot"))
        #expect(dirty.stderr.contains("Site/gone.ipynb: obsolete snapshot, its notebook gone.md no longer exists"))
        #expect(try String(contentsOf: snapshot, encoding: .utf8) == tampered)
        // The same review page and JUnit report as `nbrun --check`, one test case per chapter.
        let review = try NBRunProcess.read("Site/.check/index.html", in: folder)
        #expect(review.contains("second.md"))
        let junit = try NBRunProcess.read("junit.xml", in: folder)
        #expect(junit.contains("tests=\"3\" failures=\"2\""))
        #expect(junit.contains("name=\"first.md\""))
    }

    @Test func updateRewritesWhatDiffersAndRemovesObsoleteSnapshots() throws {
        let folder = try NBRunProcess.workspace()
        _ = try NBRunProcess.run(["build", "Fixtures/course", "--output-dir", "Site"], in: folder)
        let snapshot = folder.appendingPathComponent("Site/second.ipynb")
        let written = try String(contentsOf: snapshot, encoding: .utf8)
        try Data(written.replacingOccurrences(of: "\"9\\n\"", with: "\"10\\n\"").utf8).write(to: snapshot)
        try Data("{}".utf8).write(to: folder.appendingPathComponent("Site/gone.ipynb"))
        try Data("<p>old</p>".utf8).write(to: folder.appendingPathComponent("Site/gone.html"))
        let update = try NBRunProcess.run(["build", "Fixtures/course", "--output-dir", "Site", "--update"], in: folder)
        #expect(update.status == 0, "\(update.stderr)")
        #expect(update.stderr.contains("Site/second.ipynb: updated (1 cell differed)"))
        #expect(update.stderr.contains("Site/gone.ipynb: removed (obsolete, gone.md no longer exists)"))
        #expect(!update.stderr.contains("first.ipynb:"))
        #expect(try String(contentsOf: snapshot, encoding: .utf8) == written)
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("Site/gone.html").path))
        let check = try NBRunProcess.run(["build", "Fixtures/course", "--output-dir", "Site", "--check"], in: folder)
        #expect(check.status == 0, "\(check.stdout)\(check.stderr)")
        let both = try NBRunProcess.run(["build", "Fixtures/course", "--check", "--update"], in: folder)
        #expect(both.status == 2)
    }

    @Test func aFailingChapterShowsItsLocatedDiagnostic() throws {
        let folder = try NBRunProcess.workspace()
        let chapter = folder.appendingPathComponent("Fixtures/course/second.md")
        let text = try String(contentsOf: chapter, encoding: .utf8)
        try Data(text.replacingOccurrences(of: "print(i * i)", with: "print(i * undefinedName)").utf8).write(to: chapter)
        let result = try NBRunProcess.run(["build", "Fixtures/course", "--output-dir", "Site"], in: folder)
        #expect(result.status == 1)
        #expect(try counts(result) == [2, 0, 1])
        #expect(result.stderr.contains("""
            second.md:6:28: error: cannot find 'undefinedName' in scope
            for i in 1...3 { print(i * undefinedName) }
                                       ^
            """), "\(result.stderr)")
    }

    @Test func aBrokenLinkIsALocatedErrorAndAMissingCourseIsUsage() throws {
        let folder = try NBRunProcess.workspace()
        let chapter = folder.appendingPathComponent("Fixtures/course/second.md")
        let text = try String(contentsOf: chapter, encoding: .utf8)
        try Data(text.replacingOccurrences(of: "(first.md)", with: "(first.md#nowhere)").utf8).write(to: chapter)
        let broken = try NBRunProcess.run(["build", "Fixtures/course"], in: folder)
        #expect(broken.status == 1)
        #expect(broken.stderr.contains("second.md:9: error: link to '#nowhere', which is not a heading of 'first.md'"))
        let missing = try NBRunProcess.run(["build", "Fixtures/no_such_course"], in: folder)
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("Fixtures/no_such_course: error: no course.yml and no .md chapters"))
    }
}

import Foundation
import Synchronization
import Testing

@testable import Course

@Suite struct CourseBuilderTests {
    /// Builds `fixture` and writes its site; returns the runs and the warnings logged.
    @discardableResult
    private func build(
        _ fixture: FixtureCourse, output: String = "Output", jobs: Int = 2, useCache: Bool = true, student: Bool = false
    ) throws -> (runs: [ChapterRun], warnings: [String]) {
        let warnings = Mutex<[String]>([])
        let options = BuildOptions(
            outputFolder: fixture.path(output), jobs: jobs, useCache: useCache, student: student, version: "test")
        let builder = CourseBuilder(folder: fixture.folder, options: options) { event in
            if case .warning(let text) = event { warnings.withLock { $0.append(text) } }
        }
        let (course, runs) = try builder.run()
        // As `nbrun build` does: with the cache on, pages of cached outputs come from it too.
        let pages = useCache
            ? PageCache(courseFolder: fixture.folder) { text in warnings.withLock { $0.append(text) } } : nil
        try SitePages.write(
            SitePages.render(course: course, runs: runs, student: student, jobs: jobs, pageCache: pages),
            to: fixture.path(output))
        return (runs, warnings.withLock { $0 })
    }

    private func siteFiles(_ fixture: FixtureCourse, _ output: String) throws -> [String: Data] {
        let folder = fixture.path(output)
        let names = try #require(FileManager.default.enumerator(atPath: folder)?.compactMap { $0 as? String })
        var files: [String: Data] = [:]
        for name in names {
            var isFolder: ObjCBool = false
            if FileManager.default.fileExists(atPath: (folder as NSString).appendingPathComponent(name), isDirectory: &isFolder),
               !isFolder.boolValue {
                files[name] = FileManager.default.contents(atPath: (folder as NSString).appendingPathComponent(name))
            }
        }
        return files
    }

    @Test func theSiteIsTheSameByteForByteWhateverTheJobs() throws {
        let fixture = try FixtureCourse("basic")
        let (runs, _) = try build(fixture, output: "one", jobs: 1, useCache: false)
        #expect(runs.map(\.state) == [.ok, .ok, .ok])
        try build(fixture, output: "three", jobs: 3, useCache: false)
        let one = try siteFiles(fixture, "one")
        #expect(one.keys.sorted() == [
            "exercises.html", "exercises.ipynb", "index.html", "intro.html", "intro.ipynb", "tensors.html", "tensors.ipynb",
        ])
        #expect(one == (try siteFiles(fixture, "three")))
    }

    @Test func parallelChaptersDrawTheSameRandomNumbersAsAlone() throws {
        let fixture = try FixtureCourse("basic")
        // Both intro and tensors draw random numbers; each must see seed 0's sequence from its own start.
        let together = try build(fixture, output: "a", jobs: 3, useCache: false).runs
        for run in together where run.chapter.path != "notes/exercises.md" {
            let single = try SolitaryRun.outputs(of: run.chapter.path, in: fixture)
            #expect(single == run.executed.codeCells.map(\.outputs))
        }
    }

    @Test func unchangedChaptersComeFromTheCacheAndProseEditsStillShow() throws {
        let fixture = try FixtureCourse("basic")
        try build(fixture)
        let first = try fixture.read("Output/tensors.html")
        try fixture.write(try fixture.read("tensors.md").replacingOccurrences(of: "Back to", with: "Return to"), to: "tensors.md")
        try fixture.write(try fixture.read("intro.md").replacingOccurrences(of: "let a = 2.0", with: "let a = 3.0"), to: "intro.md")
        let (runs, warnings) = try build(fixture)
        #expect(warnings.isEmpty)
        #expect(runs.map(\.state) == [.ok, .cached, .cached])
        let second = try fixture.read("Output/tensors.html")
        #expect(second == first.replacingOccurrences(of: "Back to", with: "Return to"))
        #expect(try fixture.read("Output/intro.html").contains("a is 3.0"))
        #expect(try fixture.read("Output/index.html").contains("<td class=\"state cached\">cached</td>"))
        #expect(try build(fixture, useCache: false).runs.map(\.state) == [.ok, .ok, .ok])
    }

    @Test func aCorruptEntryIsIgnoredWithAWarning() throws {
        let fixture = try FixtureCourse("basic")
        try build(fixture)
        let cache = fixture.path(ChapterCache.folderName)
        for name in try FileManager.default.contentsOfDirectory(atPath: cache) where name.hasSuffix(".ipynb") {
            try Data("{\"cells\": [".utf8).write(to: URL(fileURLWithPath: (cache as NSString).appendingPathComponent(name)))
        }
        let (runs, warnings) = try build(fixture)
        #expect(runs.map(\.state) == [.ok, .ok, .ok])
        #expect(warnings.count == 3)
        #expect(warnings.allSatisfy { $0.contains("corrupt cache entry ignored") })
        #expect(try build(fixture).runs.map(\.state) == [.cached, .cached, .cached])
    }

    @Test func pagesFromThePageCacheAreTheRenderedPagesAndACorruptOneIsRenderedAgain() throws {
        let fixture = try FixtureCourse("basic")
        try build(fixture, output: "fresh", useCache: false)
        try build(fixture, output: "first")
        let (runs, warnings) = try build(fixture, output: "cached")
        #expect(runs.map(\.state) == [.cached, .cached, .cached])
        #expect(warnings.isEmpty)
        let fresh = try siteFiles(fixture, "fresh")
        let cached = try siteFiles(fixture, "cached")
        // Only the index differs: it says the chapters came from the cache.
        #expect(cached.keys.sorted() == fresh.keys.sorted())
        for name in fresh.keys where name != "index.html" { #expect(cached[name] == fresh[name], "\(name)") }

        let pages = PageCache(courseFolder: fixture.folder) { _ in }.folder
        let entries = try FileManager.default.contentsOfDirectory(atPath: pages).filter { $0.hasSuffix(".page") }
        #expect(entries.count == 3)
        for name in entries {
            let path = (pages as NSString).appendingPathComponent(name)
            var bytes = try #require(FileManager.default.contents(atPath: path))
            bytes[bytes.count - 2] ^= 0x20
            try bytes.write(to: URL(fileURLWithPath: path))
        }
        let (_, corrupt) = try build(fixture, output: "again")
        #expect(corrupt.count == 3)
        #expect(corrupt.allSatisfy { $0.contains("corrupt cache entry ignored") })
        let again = try siteFiles(fixture, "again")
        for name in fresh.keys where name != "index.html" { #expect(again[name] == fresh[name], "\(name)") }
        #expect(try build(fixture, output: "last").warnings.isEmpty)
    }

    @Test func aFailedRunIsNeverCached() throws {
        let fixture = try FixtureCourse("basic")
        try fixture.write(try fixture.read("tensors.md").replacingOccurrences(of: "print(t * 2)", with: "print(t * undefinedName)"), to: "tensors.md")
        #expect(try build(fixture).runs.map(\.state) == [.ok, .failed, .ok])
        #expect(try build(fixture).runs.map(\.state) == [.cached, .failed, .cached])
        #expect(try fixture.read("Output/index.html").contains("<td class=\"state failed\">failed</td>"))
    }

    @Test func brokenLinksStopTheBuildBeforeAnythingRuns() throws {
        let fixture = try FixtureCourse("broken")
        let error = try #require(throws: BuildFailure.self) { try build(fixture) }
        #expect(error.messages.count == 4)
        #expect(!error.unreadableCourse)
        #expect(!FileManager.default.fileExists(atPath: fixture.path(ChapterCache.folderName)))
    }

    @Test func studentEditionsStubSolutionsAndNoPageShowsMarkers() throws {
        let fixture = try FixtureCourse("basic")
        try build(fixture, student: true)
        let markdown = try fixture.read("Output/student/exercises.md")
        #expect(markdown.contains("// YOUR CODE HERE\nfatalError(\"not implemented\")\nprint(grad)"))
        #expect(!markdown.contains("hidden check"))
        #expect(markdown.contains("print(\"checked\")"))
        for file in try FileManager.default.subpathsOfDirectory(atPath: fixture.path("Output"))
        where file.hasSuffix(".html") || file.hasSuffix(".ipynb") {
            let text = try fixture.read("Output/" + file)
            #expect(!text.contains("BEGIN SOLUTION") && !text.contains("HIDDEN TESTS"), "\(file)")
        }
        #expect(try fixture.read("Output/exercises.ipynb").contains("\"let grad = tape.gradient(y, x)!\\n\""))
        let student = try fixture.read("Output/student/exercises.ipynb")
        #expect(!student.contains("6.0"))
        #expect(student.contains("no markers here\\n"))
        #expect(FileManager.default.fileExists(atPath: fixture.path("Output/student/intro.md")))
    }
}

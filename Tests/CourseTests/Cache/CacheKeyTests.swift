import Foundation
import NotebookFormat
import Testing

@testable import Course

@Suite struct CacheKeyTests {
    private func key(_ text: String, data: String = "d", settings: String = "nbrun 1") throws -> CacheKey {
        let notebook = try NotebookParser.parse(Array(text.utf8), path: "c.md")
        return CacheKey(notebook: notebook, fileText: text, dataDigest: data, settings: settings)
    }

    private let chapter = "---\ntitle: A\n---\n\n# Prose\n\n```swift\nprint(1)\n```\n"

    @Test func proseEditsKeepTheKey() throws {
        let edited = chapter.replacingOccurrences(of: "# Prose", with: "# Other prose\n\nMore words.")
        #expect(try key(chapter) == key(edited))
    }

    @Test func codeOptionsFrontMatterDataAndVersionChangeTheKey() throws {
        let base = try key(chapter)
        #expect(try key(chapter.replacingOccurrences(of: "print(1)", with: "print(2)")) != base)
        #expect(try key(chapter.replacingOccurrences(of: "```swift\n", with: "```swift hide-code\n")) != base)
        #expect(try key(chapter.replacingOccurrences(of: "title: A", with: "title: B")) != base)
        #expect(try key(chapter, data: "e") != base)
        #expect(try key(chapter, settings: "nbrun 2") != base)
        #expect(base.hex.count == 64)
    }

    @Test func theDataDigestFollowsFileContents() throws {
        let fixture = try FixtureCourse("basic")
        let before = CacheKey.dataDigest(paths: ["data/"], folder: fixture.folder)
        #expect(CacheKey.dataDigest(paths: ["data/"], folder: fixture.folder) == before)
        try fixture.write("x,y\n1,3\n", to: "data/points.csv")
        #expect(CacheKey.dataDigest(paths: ["data/"], folder: fixture.folder) != before)
    }
}

import HTMLReport
import NotebookFormat
import Testing

@testable import Course

@Suite struct PageCacheTests {
    private let outline = CourseOutline(title: "C", parts: [
        OutlinePart(title: "P", chapters: [OutlineChapter(title: "A", href: "a.html", fileName: "a.md")]),
    ])
    private let outputs = CacheKey(
        notebook: Notebook(path: "a.md", title: nil, blocks: []), fileText: "", dataDigest: "", settings: "test")

    @Test func anEntryReadsBackAsWrittenAndAnyChangedByteIsCaught() throws {
        let entry = PageCache.Entry(html: "<p>é</p>", ipynb: "{\"cells\": []}\n")
        let bytes = Array(PageCache.encode(entry).utf8)
        #expect(PageCache.decode(bytes) == entry)
        for index in bytes.indices {
            var changed = bytes
            changed[index] ^= 0x01
            #expect(PageCache.decode(changed) == nil, "byte \(index)")
        }
        #expect(PageCache.decode(Array(bytes.dropLast())) == nil)
        #expect(PageCache.decode([]) == nil)
    }

    @Test func theKeyChangesWithEachThingAPageShows() {
        let base = PageCache.key(outputs: outputs, text: "# A\n", outline: outline, current: 0)
        #expect(base == PageCache.key(outputs: outputs, text: "# A\n", outline: outline, current: 0))
        var renamed = outline
        renamed.parts[0].chapters[0].title = "B"
        let other = CacheKey(notebook: Notebook(path: "a.md", title: nil, blocks: []), fileText: "", dataDigest: "", settings: "other")
        #expect(Set([
            base,
            PageCache.key(outputs: other, text: "# A\n", outline: outline, current: 0),
            PageCache.key(outputs: outputs, text: "# B\n", outline: outline, current: 0),
            PageCache.key(outputs: outputs, text: "# A\n", outline: renamed, current: 0),
            PageCache.key(outputs: outputs, text: "# A\n", outline: outline, current: 1),
            PageCache.key(outputs: outputs, text: "# A\n", outline: outline, current: 0, renderer: "another build"),
        ]).count == 6)
    }
}

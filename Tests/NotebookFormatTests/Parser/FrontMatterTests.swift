import Testing
@testable import NotebookFormat

@Suite struct FrontMatterTests {
    private func title(_ yaml: String...) throws -> String? {
        try FrontMatter(lines: ["---"] + yaml + ["---", "text"], path: "n.md").title
    }

    @Test func readsScalarStyles() throws {
        #expect(try title("title: Plain words") == "Plain words")
        #expect(try title("title: Plain # comment") == "Plain")
        #expect(try title("title: C# in a title") == "C# in a title")
        #expect(try title("title: 'It''s quoted' # c") == "It's quoted")
        #expect(try title(#"title: "Tab\there \"q\" \u00e9""#) == "Tab\there \"q\" é")
        #expect(try title("title: >", "  Folded", "  title") == "Folded title")
        #expect(try title("title: |", "  Two", "  lines") == "Two\nlines")
        #expect(try title("title: Long", "  continued") == "Long continued")
    }

    @Test func emptyOrNullTitleIsNil() throws {
        #expect(try title("title:") == nil)
        #expect(try title("title: ~") == nil)
        #expect(try title("other: x") == nil)
        #expect(try title("  title: nested, not top-level") == nil)
    }

    @Test func countsItsLines() throws {
        let frontMatter = try FrontMatter(lines: ["---", "title: x", "...", "# Body"], path: "n.md")
        #expect(frontMatter.lineCount == 3)
        #expect(try FrontMatter(lines: ["# No front matter"], path: "n.md").lineCount == 0)
    }

    @Test func unclosedQuoteIsLocated() {
        #expect(throws: NotebookError(
            path: "n.md", location: NotebookFormat.SourceLocation(line: 3, column: 8),
            message: "front matter: the double-quoted title is not closed on its line"
        )) {
            try FrontMatter(lines: ["---", "a: 1", "title: \"open", "---"], path: "n.md")
        }
    }

    @Test func unclosedFrontMatterIsAnError() {
        #expect(throws: NotebookError.self) {
            try FrontMatter(lines: ["---", "title: x", "# never closed"], path: "n.md")
        }
    }
}

import Testing
@testable import NotebookFormat

@Suite struct FrontMatterTests {
    private func frontMatter(_ yaml: String...) throws -> FrontMatter {
        try FrontMatter(lines: ["---"] + yaml + ["---", "text"], path: "n.md")
    }

    private func title(_ yaml: String...) throws -> String? {
        try FrontMatter(lines: ["---"] + yaml + ["---", "text"], path: "n.md").title
    }

    /// The error a malformed front matter gives, for checking its location and message.
    private func error(_ yaml: String...) throws -> NotebookError {
        try #require(throws: NotebookError.self) { try FrontMatter(lines: ["---"] + yaml + ["---"], path: "n.md") }
    }

    @Test func readsScalarStyles() throws {
        #expect(try title("title: Plain words") == "Plain words")
        #expect(try title("title: Plain # comment") == "Plain")
        #expect(try title("title: C# in a title") == "C# in a title")
        #expect(try title("title: 'It''s quoted' # c") == "It's quoted")
        #expect(try title(#"title: "Tab\there \"q\" \u00e9""#) == "Tab\there \"q\" é")
        #expect(try title("title: >-", "  Folded", "  title") == "Folded title")
        #expect(try title("title: |-", "  Two", "  lines") == "Two\nlines")
        #expect(try title("title: Long", "  continued") == "Long continued")
    }

    @Test func emptyOrNullTitleIsNil() throws {
        #expect(try title("title:") == nil)
        #expect(try title("title: ~") == nil)
        #expect(try title("other: x") == nil)
        #expect(try title("meta:", "  title: nested, not top-level") == nil)
        #expect(try title() == nil)
    }

    @Test func countsItsLines() throws {
        let frontMatter = try FrontMatter(lines: ["---", "title: x", "...", "# Body"], path: "n.md")
        #expect(frontMatter.lineCount == 3)
        #expect(try FrontMatter(lines: ["# No front matter"], path: "n.md").lineCount == 0)
    }

    @Test func readsCheckSettings() throws {
        let settings = try frontMatter(
            "title: T", "check:", "  pixel-threshold: 0.25", "  max-diff-pixels: 50",
            "  ignore: ['took [0-9.]+ s', 'at 0x[0-9a-f]+']"
        ).check
        #expect(settings == CheckSettings(pixelThreshold: 0.25, maxDiffPixels: 50,
                                          ignore: ["took [0-9.]+ s", "at 0x[0-9a-f]+"]))
        #expect(try frontMatter("title: T").check == CheckSettings())
        #expect(try frontMatter("check:", "  ignore: 'one pattern'").check.ignore == ["one pattern"])
    }

    @Test func malformedYAMLIsLocatedInTheNotebook() throws {
        let unclosed = try error("a: 1", "title: \"open")
        #expect(unclosed.path == "n.md")
        #expect(unclosed.location.line >= 3)
        #expect(unclosed.description.hasPrefix("n.md:\(unclosed.location): error: front matter: "))
    }

    @Test(arguments: [
        (["check:", "  pixel-threshold: 2"], 3, "check.pixel-threshold must be a number from 0 to 1"),
        (["check:", "  max-diff-pixels: -1"], 3, "check.max-diff-pixels must be a whole number, 0 or more"),
        (["check:", "  ignore: ['(unclosed']"], 3, "check.ignore: '(unclosed' is not a valid regular expression"),
        (["title: x", "check:", "  pixel-treshold: 0.1"], 4,
         "unknown check setting 'pixel-treshold'; expected pixel-threshold, max-diff-pixels or ignore"),
        (["title: [a, b]"], 2, "title must be text"),
        (["- just", "- a list"], 2, "front matter must be a mapping of keys to values"),
    ])
    func badSettingsAreLocated(_ yaml: [String], _ line: Int, _ message: String) throws {
        let error = try #require(throws: NotebookError.self) {
            try FrontMatter(lines: ["---"] + yaml + ["---"], path: "n.md")
        }
        #expect(error.location.line == line)
        #expect(error.message == "front matter: " + message)
    }

    @Test func unclosedFrontMatterIsAnError() {
        #expect(throws: NotebookError.self) {
            try FrontMatter(lines: ["---", "title: x", "# never closed"], path: "n.md")
        }
    }
}

import Testing
@testable import NotebookFormat

@Suite struct NotebookParserTests {
    private let rawHTML = "<div>raw <b>HTML</b></div>\n\nInline <span>x</span>.\n"

    @Test func dropsRawHTMLByDefault() throws {
        let notebook = try NotebookParser.parse(Array(rawHTML.utf8), path: "n.md")
        guard case .prose(let prose) = notebook.blocks.first else {
            Issue.record("expected prose")
            return
        }
        #expect(!prose.html.contains("<div>"))
        #expect(prose.html.contains("<!-- raw HTML omitted -->"))
    }

    @Test func passesRawHTMLWhenAsked() throws {
        let notebook = try NotebookParser.parse(Array(rawHTML.utf8), path: "n.md", unsafeHTML: true)
        guard case .prose(let prose) = notebook.blocks.first else {
            Issue.record("expected prose")
            return
        }
        #expect(prose.html == "<div>raw <b>HTML</b></div>\n<p>Inline <span>x</span>.</p>\n")
    }

    @Test func cellLinesMapToFileLines() throws {
        let source = "---\ntitle: T\n---\n\n# H\n\n```swift\nlet a = 1\nlet b = 2\n```\n"
        let notebook = try NotebookParser.parse(Array(source.utf8), path: "n.md")
        let cell = try #require(notebook.codeCells.first)
        #expect(cell.fenceLine == 7)
        #expect(cell.firstCodeLine == 8)
        #expect(cell.endLine == 10)
        #expect(cell.sourceLines == ["let a = 1", "let b = 2"])
        #expect(notebook.title == "T")
    }

    @Test func loneCarriageReturnsEndLinesAsInCommonMark() throws {
        let notebook = try NotebookParser.parse(Array("# T\r\r```swift skip\rprint(1)\r```\r".utf8), path: "n.md")
        let cell = try #require(notebook.codeCells.first)
        #expect(cell.fenceLine == 3)
        #expect(cell.endLine == 5)
        #expect(cell.options.skip)
        #expect(cell.source == "print(1)\n")
    }

    @Test func byteOrderMarkIsIgnored() throws {
        let notebook = try NotebookParser.parse([0xEF, 0xBB, 0xBF] + Array("---\ntitle: T\n---\n".utf8), path: "n.md")
        #expect(notebook.title == "T")
        #expect(notebook.blocks.isEmpty)
    }

    @Test func errorsPrintLikeCompilerDiagnostics() {
        let error = NotebookError(path: "dir/n.md", location: NotebookFormat.SourceLocation(line: 3, column: 10), message: "boom")
        #expect(error.description == "dir/n.md:3:10: error: boom")
    }
}

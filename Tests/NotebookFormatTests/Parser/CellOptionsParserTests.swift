import Testing
@testable import NotebookFormat

@Suite struct CellOptionsParserTests {
    @Test func readsEveryOption() throws {
        let options = try CellOptionsParser.parse(
            fenceLine: "```swift raises skip hide-code hide-output timeout=1.5", line: 3, path: "n.md")
        #expect(options == CellOptions(raises: true, skip: true, hideCode: true, hideOutput: true, timeout: 1.5))
    }

    @Test func readsCheckModesAndWritesThemBack() throws {
        let text = try CellOptionsParser.parse(fenceLine: "```swift check=text", line: 1, path: "n.md")
        #expect(text.check == .text)
        #expect(text.fenceWords == ["check=text"])
        let skip = try CellOptionsParser.parse(fenceLine: "```swift raises check=skip", line: 1, path: "n.md")
        #expect(skip == CellOptions(raises: true, check: .skip))
        #expect(skip.fenceWords == ["raises", "check=skip"])
        #expect(CellOptions().check == .all)
        #expect(throws: NotebookError.self) {
            try CellOptionsParser.parse(fenceLine: "```swift check=pixels", line: 1, path: "n.md")
        }
    }

    @Test func wordsCarryTheirColumns() {
        let words = CellOptionsParser.infoWords(of: "  ~~~~ swift\traises  é timeout=3")
        #expect(words.map(\.word) == ["swift", "raises", "é", "timeout=3"])
        #expect(words.map(\.column) == [8, 14, 22, 24])
    }

    @Test func unknownOptionPointsAtTheWord() {
        #expect(throws: NotebookError(
            path: "n.md", location: NotebookFormat.SourceLocation(line: 7, column: 17),
            message: "unknown cell option 'hide_code'; expected raises, skip, hide-code, hide-output, timeout=SECONDS, check=skip or check=text"
        )) {
            try CellOptionsParser.parse(fenceLine: "```swift raises hide_code", line: 7, path: "n.md")
        }
    }

    @Test(arguments: ["timeout=0", "timeout=-1", "timeout=abc", "timeout=", "timeout=nan", "timeout=inf",
                      "timeout=1e300", "timeout=86401"])
    func rejectsBadTimeouts(_ word: String) {
        #expect(throws: NotebookError.self) {
            try CellOptionsParser.parse(fenceLine: "```swift \(word)", line: 1, path: "n.md")
        }
    }

    @Test func acceptsTheLargestTimeout() throws {
        let options = try CellOptionsParser.parse(fenceLine: "```swift timeout=86400", line: 1, path: "n.md")
        #expect(options.timeout == 86_400)
    }
}

import Testing
@testable import NotebookFormat

@Suite struct NotebookTextTests {
    private func error(_ bytes: [UInt8]) -> String? {
        do {
            _ = try NotebookText(bytes: bytes, path: "n.md")
            return nil
        } catch {
            return error.description
        }
    }

    @Test func locatesTheFirstBadByte() {
        // "ab\né" then a lone continuation byte: line 2, after "é" → column 2.
        #expect(error(Array("ab\n\u{e9}".utf8) + [0x80]) == "n.md:2:2: error: the file is not valid UTF-8 text")
        // A truncated three-byte sequence is reported at its first byte.
        #expect(error([0x61, 0xE2, 0x82, 0x61]) == "n.md:1:2: error: the file is not valid UTF-8 text")
        // Overlong encodings and surrogates are not UTF-8.
        #expect(error([0xC0, 0xAF]) != nil)
        #expect(error([0xED, 0xA0, 0x80]) != nil)
    }

    @Test func rejectsNulBytes() {
        #expect(error([0x61, 0x0A, 0x00]) == "n.md:2:1: error: the file contains a NUL byte; a notebook must be a Markdown text file")
    }

    @Test func splitsLinesWithoutTheirEnds() throws {
        let text = try NotebookText(bytes: Array("a\r\nb\n\nc\n".utf8), path: "n.md")
        #expect(text.lines == ["a", "b", "", "c"])
        #expect(NotebookText.splitLines("a\rb\r\n\rc") == ["a", "b", "", "c"])
        #expect(text.line(4) == "c")
        #expect(text.line(9) == "")
    }
}

import Testing
@testable import NotebookFormat

/// Hostile input gives a notebook or a clear error, never a crash or a hang.
@Suite struct NotebookParserRobustnessTests {
    @Test(arguments: [
        String(repeating: "> ", count: 20_000) + "x\n",
        String(repeating: "- ", count: 20_000) + "x\n",
        String(repeating: "[", count: 50_000) + "x" + String(repeating: "](y)", count: 50_000) + "\n",
        String(repeating: "*a **b ", count: 20_000) + "\n",
        String(repeating: "```swift\n", count: 5_000),
        "# " + String(repeating: "`", count: 10_000) + "\n" + String(repeating: "#", count: 7) + "\n",
    ])
    func survivesPathologicalMarkdown(_ markdown: String) throws {
        let notebook = try NotebookParser.parse(Array(markdown.utf8), path: "deep.md")
        #expect(!notebook.blocks.isEmpty)
    }

    @Test func randomInputKeepsLineInvariants() {
        var generator = SplitMix64(seed: 42)
        // Markdown-significant pieces, so that random files contain fences, lists and headings.
        let pieces = ["```swift", "```", "~~~", " raises", " skip", " timeout=2", "\n", "# ", "- ", "> ", "x",
                      "---", "title: t", "\t", "é", "<b>", "\r\n", "    "]
        var parsed = 0
        for length in 0..<300 {
            let text = (0..<length).map { _ in pieces[Int(generator.next() % UInt64(pieces.count))] }.joined()
            guard let notebook = try? NotebookParser.parse(Array(text.utf8), path: "random.md") else { continue }
            parsed += 1
            // CommonMark's line ends: \n, \r\n and a lone \r (counted on bytes, independently of the parser).
            let bytes = Array(text.utf8)
            let lineCount = 1 + bytes.indices.filter { index in
                bytes[index] == 0x0A || (bytes[index] == 0x0D && (index + 1 == bytes.count || bytes[index + 1] != 0x0A))
            }.count
            for block in notebook.blocks {
                switch block {
                case .code(let cell):
                    #expect(1 <= cell.fenceLine && cell.fenceLine <= cell.endLine && cell.endLine <= lineCount)
                case .prose(let prose):
                    #expect(1 <= prose.startLine && prose.startLine <= prose.endLine && prose.endLine <= lineCount)
                }
            }
        }
        #expect(parsed > 100)
        // Arbitrary bytes either parse or give a NotebookError; the typed throw makes any other outcome impossible.
        for length in 0..<200 {
            let bytes = (0..<length).map { _ in UInt8(truncatingIfNeeded: generator.next()) }
            _ = try? NotebookParser.parse(bytes, path: "random.md")
        }
    }
}

/// A tiny deterministic random number generator for fuzz-style tests.
struct SplitMix64: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

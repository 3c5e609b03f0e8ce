import Testing
@testable import NotebookFormat

@Suite struct JSONTests {
    @Test func writesLikeJupyter() {
        let value = JSONValue.object([
            ("b", .array([.int(1), .null, .bool(true)])), ("a", .string("q\"\\\n\u{1}é")), ("c", .object([])),
        ])
        #expect(value.rendered() == "{\n \"a\": \"q\\\"\\\\\\n\\u0001é\",\n \"b\": [\n  1,\n  null,\n  true\n ],\n \"c\": {}\n}")
    }

    @Test func parsesWhatItWrites() throws {
        let text = JSONValue.object([("s", .string("𝄞 \"x\"\t")), ("n", .double(1.5)), ("i", .int(-3))]).rendered()
        let parsed = try JSONValue.parse(text)
        #expect(parsed["s"]?.string == "𝄞 \"x\"\t")
        #expect(parsed["i"]?.int == -3)
        #expect(parsed.rendered() == text)
    }

    @Test func decodesEscapesAndSurrogatePairs() throws {
        #expect(try JSONValue.parse(#""\u00e9\ud834\udd1e\/""#).string == "é𝄞/")
    }

    @Test func deepNestingIsAnErrorNotACrash() {
        #expect(throws: SnapshotError.self) { try JSONValue.parse(String(repeating: "[", count: 100_000)) }
    }

    @Test func errorsAreLocated() throws {
        let error = try #require(throws: SnapshotError.self) { try JSONValue.parse("{\n \"a\": [1,, 2]\n}") }
        #expect(error.message.hasPrefix("invalid JSON at line 2, column "))
    }

    // Foundation accepts a trailing comma ("[1,]"), which is harmless for reading snapshots.
    @Test(arguments: ["", "{\"a\" 1}", "\"\\ud834\"", "\"\u{1}\"", "01x", "nan", "[1] 2", "\"\\q\""])
    func rejectsInvalidJSON(_ text: String) {
        #expect(throws: SnapshotError.self) { try JSONValue.parse(text) }
    }
}

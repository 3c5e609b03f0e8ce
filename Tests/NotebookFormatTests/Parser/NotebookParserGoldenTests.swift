import Foundation
import Testing
@testable import NotebookFormat

/// Each `Fixtures/<name>.md` parses to the tree (or error) in `Fixtures/<name>.tree.txt`.
@Suite struct NotebookParserGoldenTests {
    static let fixtureNames = [
        "prose_only", "several_cells", "every_option", "other_languages", "front_matter",
        "front_matter_plain", "nested_code", "unclosed_fence", "bad_option", "bad_timeout",
        "invalid_utf8", "nul_byte", "empty", "headings", "crlf",
    ]

    @Test(arguments: fixtureNames)
    func matchesGolden(_ name: String) throws {
        let url = try Golden.fixtures.appendingPathComponent("\(name).md")
        let bytes = [UInt8](try Data(contentsOf: url))
        try Golden.check(TreeDump.dump(parsing: bytes, path: "\(name).md"), against: "\(name).tree.txt")
    }

    @Test func everyFixtureIsListed() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: Golden.fixtures.path)
        let notebooks = Set(files.filter { $0.hasSuffix(".md") && $0 != "README.md" }.map { String($0.dropLast(3)) })
        #expect(notebooks == Set(Self.fixtureNames))
    }
}

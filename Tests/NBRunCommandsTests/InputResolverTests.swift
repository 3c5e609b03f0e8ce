import Foundation
import Testing
@testable import NBRunCommands

@Suite struct InputResolverTests {
    @Test func folderExpandsToSortedMarkdownFiles() throws {
        let suite = NBRunProcess.fixtures.appendingPathComponent("suite").path
        let inputs = try InputResolver.resolve([suite])
        #expect(inputs.map { ($0.path as NSString).lastPathComponent } == ["a_first.md", "b_second.md"])
        #expect(inputs.allSatisfy { $0.folder == suite })
    }

    @Test func fileStaysAsGiven() throws {
        let file = NBRunProcess.fixtures.appendingPathComponent("prose_only.md").path
        #expect(try InputResolver.resolve([file]) == [NotebookInput(path: file, folder: nil)])
    }

    @Test func unusableInputsAreErrors() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("nbrun-inputs-\(UUID())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let text = folder.appendingPathComponent("notes.txt").path
        try Data("hello".utf8).write(to: URL(fileURLWithPath: text))

        #expect(throws: InputError.missing("no_such.md")) { try InputResolver.resolve(["no_such.md"]) }
        #expect(throws: InputError.notMarkdown(text)) { try InputResolver.resolve([text]) }
        #expect(throws: InputError.emptyFolder(folder.path)) { try InputResolver.resolve([folder.path]) }
        #expect(InputError.missing("x.md").description == "x.md: No such file or directory")
    }
}

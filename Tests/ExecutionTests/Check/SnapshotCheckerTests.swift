import Foundation
import NotebookFormat
import Testing
@testable import Execution

@Suite struct SnapshotCheckerTests {
    /// A fresh folder for snapshots.
    private func folder() throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("nbrun-check-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    /// A notebook that printed `text`, as after its run.
    private func executed(_ name: String, printing text: String) -> Notebook {
        var cell = CodeCell(source: "print(1)\n", options: CellOptions(), fenceLine: 3, endLine: 5)
        cell.status = .succeeded
        cell.outputs = [.stream(text)]
        return Notebook(path: "Notebooks/\(name).md", title: nil, blocks: [.code(cell)])
    }

    private func write(_ text: String, to path: String) throws {
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
    }

    @Test func matchingDifferingAndMissingSnapshots() throws {
        let checker = SnapshotChecker(snapshotDirectory: try folder())
        #expect(checker.check(executed("a", printing: "1\n")).outcome == .missing)
        try write(NotebookSnapshot.ipynb(executed("a", printing: "1\n")), to: checker.snapshotPath(for: "a"))
        #expect(checker.check(executed("a", printing: "1\n")).passed)
        let changed = checker.check(executed("a", printing: "2\n"))
        #expect(changed.differences.map(\.cellIndex) == [1])
        #expect(changed.verdict == "a.md: 1 cell differs from \(checker.snapshotPath(for: "a"))")
    }

    @Test(arguments: ["", "{\"cells\": [", "{\"cells\": [{\"cell_type\": \"code\"}]}", "\u{FF}\u{FE}garbage"])
    func corruptSnapshotIsAnErrorNamingTheFile(_ content: String) throws {
        let checker = SnapshotChecker(snapshotDirectory: try folder())
        try write(content, to: checker.snapshotPath(for: "a"))
        let result = checker.check(executed("a", printing: "1\n"))
        guard case .unreadable(let reason) = result.outcome else {
            Issue.record("expected an unreadable snapshot, got \(result.outcome)")
            return
        }
        #expect(reason.hasPrefix("invalid snapshot: "))
        #expect(result.verdict.hasPrefix(checker.snapshotPath(for: "a") + ": error: invalid snapshot: "))
    }

    @Test func truncatedSnapshotIsUnreadableWithALocation() throws {
        let checker = SnapshotChecker(snapshotDirectory: try folder())
        let whole = NotebookSnapshot.ipynb(executed("a", printing: "1\n"))
        try write(String(whole.prefix(whole.count / 2)), to: checker.snapshotPath(for: "a"))
        guard case .unreadable(let reason) = checker.check(executed("a", printing: "1\n")).outcome else {
            Issue.record("expected an unreadable snapshot")
            return
        }
        #expect(reason.contains("invalid JSON"))
    }

    @Test func snapshotsWithoutNotebooksAreObsolete() throws {
        let checker = SnapshotChecker(snapshotDirectory: try folder())
        for name in ["b", "a", "gone"] {
            try write(NotebookSnapshot.ipynb(executed(name, printing: "1\n")), to: checker.snapshotPath(for: name))
        }
        try write("<html>", to: (checker.snapshotDirectory as NSString).appendingPathComponent("gone.html"))
        let obsolete = checker.obsoleteSnapshots(notebookNames: ["a", "b"])
        #expect(obsolete.map(\.fileName) == ["gone.md"])
        #expect(obsolete.map(\.outcome) == [.obsolete])
        #expect(obsolete[0].verdict.hasSuffix("gone.ipynb: obsolete snapshot, its notebook gone.md no longer exists"))
    }
}

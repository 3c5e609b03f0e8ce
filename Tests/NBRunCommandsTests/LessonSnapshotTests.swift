import Foundation
import Testing

/// The course notebook against its committed snapshot: `--check` passes as committed and catches a changed number.
@Suite struct LessonSnapshotTests {
    /// The repository root, found from this file's place in `Tests/NBRunCommandsTests/`.
    private static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// A workspace holding copies of `Notebooks/gradient_tape.md` and `Output/gradient_tape.ipynb`.
    private func lessonWorkspace() throws -> URL {
        let folder = try NBRunProcess.workspace()
        for path in ["Notebooks/gradient_tape.md", "Output/gradient_tape.ipynb"] {
            let target = folder.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
            try FileManager.default.copyItem(at: Self.repository.appendingPathComponent(path), to: target)
        }
        return folder
    }

    @Test func committedSnapshotMatches() throws {
        let folder = try lessonWorkspace()
        let result = try NBRunProcess.run(["--check", "Notebooks/gradient_tape.md"], in: folder)
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        #expect(result.stderr.contains("gradient_tape.md: matches Output/gradient_tape.ipynb"))
    }

    @Test func changedStoredNumberIsCaughtAndNamed() throws {
        let folder = try lessonWorkspace()
        let snapshot = folder.appendingPathComponent("Output/gradient_tape.ipynb")
        let stored = try String(contentsOf: snapshot, encoding: .utf8)
        let original = "Gradient with respect to x: Tensor(13.0, shape: [], dtype: float32)"
        #expect(stored.contains(original))
        let tampered = stored.replacingOccurrences(of: original, with: original.replacingOccurrences(of: "13.0", with: "13.5"))
        try Data(tampered.utf8).write(to: snapshot)

        let result = try NBRunProcess.run(["--check", "Notebooks/gradient_tape.md"], in: folder)
        #expect(result.status == 1)
        #expect(result.stdout.contains("gradient_tape.md:92: cell 3 differs from the snapshot"))
        #expect(result.stdout.contains("- Gradient with respect to x: Tensor(13.5, shape: [], dtype: float32)"))
        #expect(result.stdout.contains("+ \(original)"))
        #expect(try String(contentsOf: snapshot, encoding: .utf8) == tampered, "--check never writes")
    }
}

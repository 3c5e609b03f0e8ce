import Foundation
import NotebookFormat

/// Checks executed notebooks against the snapshots in one folder (`DIR/<name>.ipynb`), for `nbrun --check`
/// and `nbrun build --check` alike. It only reads; writing snapshots is the caller's business.
public struct SnapshotChecker: Sendable {
    /// The folder holding the `.ipynb` snapshots.
    public let snapshotDirectory: String

    /// Creates a checker for the snapshots in `snapshotDirectory`.
    public init(snapshotDirectory: String) {
        self.snapshotDirectory = snapshotDirectory
    }

    /// Where the snapshot of the notebook named `name` (file name without `.md`) lives.
    public func snapshotPath(for name: String) -> String {
        (snapshotDirectory as NSString).appendingPathComponent(name + ".ipynb")
    }

    /// Compares an executed notebook with its snapshot.
    ///
    /// - Parameter executed: The notebook after its run.
    /// - Returns: Whether it matches, which cells differ, or why there is nothing to compare with.
    public func check(_ executed: Notebook) -> NotebookCheck {
        let path = snapshotPath(for: executed.name)
        let outcome: NotebookCheck.Outcome
        if !FileManager.default.fileExists(atPath: path) {
            outcome = .missing
        } else if let data = FileManager.default.contents(atPath: path) {
            do {
                let stored = try NotebookSnapshot.read(ipynb: String(decoding: data, as: UTF8.self))
                let differences = SnapshotComparison.differences(fresh: executed, stored: stored)
                outcome = differences.isEmpty ? .matches : .differs(differences)
            } catch {
                outcome = .unreadable("\(error)")
            }
        } else {
            outcome = .unreadable("cannot be read")
        }
        return NotebookCheck(fileName: executed.fileName, snapshotPath: path, outcome: outcome)
    }

    /// The snapshots in the folder whose notebooks are not among `notebookNames`, sorted by name.
    ///
    /// - Parameter notebookNames: The names (without `.md`) of every notebook of the folder or course.
    public func obsoleteSnapshots(notebookNames: Set<String>) -> [NotebookCheck] {
        let files = (try? FileManager.default.contentsOfDirectory(atPath: snapshotDirectory)) ?? []
        return files.filter { $0.hasSuffix(".ipynb") }.sorted().compactMap { file in
            let name = String(file.dropLast(".ipynb".count))
            guard !notebookNames.contains(name) else { return nil }
            return NotebookCheck(fileName: name + ".md", snapshotPath: snapshotPath(for: name), outcome: .obsolete)
        }
    }
}

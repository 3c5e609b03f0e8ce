import Foundation
import NotebookFormat

/// The course cache in `FOLDER/.nbrun-cache/`: one ipynb snapshot per successful run, named by its key.
///
/// An entry is written to a temporary file and renamed into place, so it is either whole or absent.
/// An entry that cannot be read back anyway (a disk error, a hand edit) is reported and ignored: the
/// chapter simply runs again and the entry is replaced.
public struct ChapterCache: Sendable {
    /// The cache folder.
    public let folder: String

    /// The folder name inside a course folder.
    public static let folderName = ".nbrun-cache"

    /// A cache in `courseFolder/.nbrun-cache`.
    public init(courseFolder: String) {
        folder = (courseFolder as NSString).appendingPathComponent(Self.folderName)
    }

    /// What looking a chapter up gave.
    public enum Lookup: Sendable {
        /// The chapter as it ran before, with today's prose and line numbers.
        case hit(Notebook)
        /// No entry for this key.
        case miss
        /// An entry exists but cannot be used; the text says why.
        case corrupt(String)
    }

    /// Finds the outputs of an earlier successful run with the same key.
    ///
    /// - Parameters:
    ///   - key: The chapter's cache key.
    ///   - notebook: The freshly parsed chapter, whose prose and positions are kept.
    public func lookup(_ key: CacheKey, for notebook: Notebook) -> Lookup {
        let path = entryPath(key)
        guard let data = FileManager.default.contents(atPath: path) else { return .miss }
        let stored: [SnapshotCell]
        do {
            stored = try NotebookSnapshot.read(ipynb: String(decoding: data, as: UTF8.self))
        } catch {
            return .corrupt("\(path): corrupt cache entry ignored (\(error))")
        }
        guard stored.count == notebook.codeCells.count else {
            return .corrupt("\(path): corrupt cache entry ignored (it has \(stored.count) cells, the chapter \(notebook.codeCells.count))")
        }
        return .hit(Self.restore(stored, into: notebook))
    }

    /// Stores a run's outputs under `key`; failed runs are the caller's to leave out.
    public func store(_ executed: Notebook, key: CacheKey) throws {
        try AtomicFile.write(NotebookSnapshot.ipynb(executed), to: entryPath(key))
    }

    private func entryPath(_ key: CacheKey) -> String {
        (folder as NSString).appendingPathComponent(key.hex + ".ipynb")
    }

    /// Puts the recorded statuses and outputs into the parsed notebook's code cells, in order.
    ///
    /// Error locations are moved by as many lines as the cell's fence moved, since prose edits above a
    /// cell shift it without changing the key.
    static func restore(_ stored: [SnapshotCell], into notebook: Notebook) -> Notebook {
        var restored = notebook
        var next = 0
        for index in restored.blocks.indices {
            guard case .code(var cell) = restored.blocks[index] else { continue }
            let recorded = stored[next]
            next += 1
            let shift = cell.fenceLine - recorded.fenceLine
            cell.status = recorded.status
            cell.outputs = recorded.outputs.map { output in
                guard case .error(var error) = output, let location = error.location else { return output }
                error.location = SourceLocation(line: location.line + shift, column: location.column)
                return .error(error)
            }
            restored.blocks[index] = .code(cell)
        }
        return restored
    }
}

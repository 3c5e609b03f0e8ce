import Digests
import Foundation
import NotebookFormat

/// The SHA-256 of everything a chapter's outputs depend on (COURSE.md §1): its code cells and their
/// options, its front matter, the files under the course's `data:` paths, the run options and the nbrun
/// version. Prose is left out on purpose, so a prose edit re-renders without re-running.
public struct CacheKey: Hashable, Sendable, CustomStringConvertible {
    /// The digest in lower-case hex, used as the cache entry's file name.
    public var hex: String

    /// Computes the key of one chapter.
    ///
    /// - Parameters:
    ///   - notebook: The parsed chapter.
    ///   - fileText: The chapter file's text (for the front matter, which the model keeps only in part).
    ///   - dataDigest: The digest of the course's data files (see `dataDigest(paths:folder:)`).
    ///   - settings: The run options and nbrun version, as text.
    public init(notebook: Notebook, fileText: String, dataDigest: String, settings: String) {
        let hasher = SHA256Hasher()
        func add(_ field: String) {
            // Length-prefixed, so no two different field lists give the same bytes.
            hasher.update("\(field.utf8.count):")
            hasher.update(field)
        }
        add(settings)
        add(Self.frontMatter(of: fileText))
        add(dataDigest)
        for cell in notebook.codeCells {
            add(cell.options.fenceWords.joined(separator: " "))
            add(cell.source)
        }
        hex = hasher.finalize().hexDigits
    }

    /// The hex digest.
    public var description: String { hex }

    /// One digest over every file under `paths` (folders recursively), names and contents, in name order.
    ///
    /// - Parameters:
    ///   - paths: The `data:` entries, relative to `folder`.
    ///   - folder: The course folder.
    /// - Returns: The hex digest; the same for the same files whatever the order they are listed in.
    public static func dataDigest(paths: [String], folder: String) -> String {
        var files: [String] = []
        for path in paths {
            let full = (folder as NSString).appendingPathComponent(path)
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: full, isDirectory: &isFolder) else { continue }
            if isFolder.boolValue {
                let inside = FileManager.default.enumerator(atPath: full)?.compactMap { $0 as? String } ?? []
                files += inside.map { (path as NSString).appendingPathComponent($0) }
            } else {
                files.append(path)
            }
        }
        let hasher = SHA256Hasher()
        for file in Set(files).sorted() {
            let full = (folder as NSString).appendingPathComponent(file)
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: full, isDirectory: &isFolder), !isFolder.boolValue else {
                continue
            }
            let contents = FileManager.default.contents(atPath: full) ?? Data()
            hasher.update("\(file.utf8.count):\(file)\(contents.count):")
            hasher.update(contents)
        }
        return hasher.finalize().hexDigits
    }

    /// The front matter's lines (between the leading `---` and the next `---` or `...`), or "".
    static func frontMatter(of text: String) -> String {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard let first = lines.first, first.trimmingCharacters(in: .whitespaces) == "---" else { return "" }
        let body = lines.dropFirst().prefix { !["---", "..."].contains($0.trimmingCharacters(in: .whitespaces)) }
        return body.joined(separator: "\n")
    }
}

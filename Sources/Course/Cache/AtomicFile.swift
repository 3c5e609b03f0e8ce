import Foundation

/// Writes files in one step: a temporary file in the same folder, then a rename, so an interrupted build
/// never leaves a truncated page or cache entry and never destroys the previous one.
enum AtomicFile {
    /// Creates the folder when needed and replaces `path` with `text`.
    static func write(_ text: String, to path: String) throws {
        let url = URL(fileURLWithPath: path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url, options: .atomic)
    }
}

import Foundation

/// Writes report files atomically: a temporary file in the same folder, then a rename, so a failed or killed
/// run never leaves a truncated report and never destroys the previous one.
enum ReportFile {
    /// Creates the folder when needed and replaces `path` with `text` in one step.
    static func write(_ text: String, to path: String) throws {
        let url = URL(fileURLWithPath: path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(),
                                                withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url, options: .atomic)
    }
}

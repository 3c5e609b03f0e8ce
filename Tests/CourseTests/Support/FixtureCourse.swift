import Foundation

/// A fixture course copied into a fresh temporary folder, so builds never touch the originals.
struct FixtureCourse {
    /// The copy's folder.
    let folder: String

    /// Copies `Fixtures/<name>` to a new temporary folder.
    init(_ name: String) throws {
        let source = Bundle.module.bundleURL.appendingPathComponent("Fixtures").appendingPathComponent(name)
        let target = FileManager.default.temporaryDirectory
            .appendingPathComponent("nbrun-course-\(UUID().uuidString)").appendingPathComponent(name)
        try FileManager.default.createDirectory(
            at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: source, to: target)
        folder = target.path
    }

    /// The absolute path of `relative` inside the course.
    func path(_ relative: String) -> String {
        (folder as NSString).appendingPathComponent(relative)
    }

    /// Writes `text` to `relative` inside the course.
    func write(_ text: String, to relative: String) throws {
        try Data(text.utf8).write(to: URL(fileURLWithPath: path(relative)))
    }

    /// The text of `relative` inside the course.
    func read(_ relative: String) throws -> String {
        try String(contentsOfFile: path(relative), encoding: .utf8)
    }
}

import Foundation

/// Runs the built `nbrun` executable as a child process, the way a user or CI does.
struct NBRunProcess {
    /// What one run of nbrun did.
    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// The `nbrun` executable next to the test bundle's resources in the build products folder.
    static var executable: URL {
        Bundle.module.bundleURL.deletingLastPathComponent().appendingPathComponent("nbrun")
    }

    /// The folder of fixture notebooks shipped with the tests.
    static var fixtures: URL {
        Bundle.module.bundleURL.appendingPathComponent("Fixtures")
    }

    /// Runs nbrun (or another `executable`) with `arguments` in `directory` and waits for it.
    static func run(_ arguments: [String], in directory: URL, executable: URL = executable) throws -> Result {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = directory
        let stdout = Pipe()
        let stderr = Pipe()
        process.standardOutput = stdout
        process.standardError = stderr
        try process.run()
        let out = stdout.fileHandleForReading.readDataToEndOfFile()
        let err = stderr.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(status: process.terminationStatus,
                      stdout: String(decoding: out, as: UTF8.self),
                      stderr: String(decoding: err, as: UTF8.self))
    }

    /// A fresh temporary folder holding a copy of the fixtures, so runs never touch the originals.
    static func workspace() throws -> URL {
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("nbrun-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: fixtures, to: folder.appendingPathComponent("Fixtures"))
        return folder
    }

    /// The text of a file in `folder`.
    static func read(_ path: String, in folder: URL) throws -> String {
        try String(contentsOf: folder.appendingPathComponent(path), encoding: .utf8)
    }
}

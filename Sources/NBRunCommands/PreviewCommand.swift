import ArgumentParser
import Course
import Execution
import Foundation
import Preview

/// `nbrun preview [FOLDER] [--port 8000]`: builds a course, serves it on 127.0.0.1 and reloads open pages
/// when a chapter is saved (COURSE.md §1).
public struct PreviewCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "preview",
        abstract: "Build a course, serve it on 127.0.0.1 and rebuild it when a chapter is saved."
    )

    @Argument(help: "The course folder.")
    var folder = "."

    @Option(help: "The TCP port on 127.0.0.1 (0 picks a free one).")
    var port: UInt16 = 8000

    @Option(name: .customLong("output-dir"), help: "Where the site is also written (default FOLDER/Output).")
    var outputDirectory: String?

    @Option(help: "How many chapters run at the same time (default: the number of cores).")
    var jobs = ProcessInfo.processInfo.activeProcessorCount

    public init() {}

    public func validate() throws {
        guard jobs >= 1 else { throw ValidationError("--jobs must be at least 1") }
    }

    public func run() throws {
        let console = Console()
        let options = BuildOptions(
            outputFolder: outputDirectory ?? (folder as NSString).appendingPathComponent("Output"), jobs: jobs,
            version: NBRunVersion.current)
        let server = PreviewServer(
            folder: folder, options: options, progress: { console.error(BuildProgress.lines($0)) },
            log: { console.error($0) })
        let (folder, port) = (self.folder, self.port)
        let finished = DispatchSemaphore(value: 0)
        let failure = FailureBox()
        Task {
            do {
                try await server.run(port: port) { console.error("preview: serving \(folder) at \($0)") }
            } catch {
                failure.set("nbrun: preview: \(error)")
            }
            finished.signal()
        }
        finished.wait()
        if let message = failure.message {
            console.error(message)
            throw ExitCode(2)
        }
    }
}

/// Carries the server task's error back to the blocked command.
private final class FailureBox: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: String?

    func set(_ message: String) { lock.withLock { stored = message } }

    var message: String? { lock.withLock { stored } }
}

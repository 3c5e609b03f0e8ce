import ArgumentParser
import Course
import Foundation
import NBRunCommands
import Preview

/// The `nbrun-preview` executable, which `nbrun preview` starts: builds a course, serves it on
/// 127.0.0.1 and reloads open pages when a chapter is saved (COURSE.md §1).
@main
struct NBRunPreview: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "nbrun preview",
        abstract: "Build a course, serve it on 127.0.0.1 and rebuild it when a chapter is saved."
    )

    @OptionGroup var options: PreviewOptions

    init() {}

    static func main() {
        Foundation.exit(exitStatus(arguments: Array(CommandLine.arguments.dropFirst())))
    }

    func run() throws {
        let console = Console()
        let buildOptions = BuildOptions(outputFolder: options.outputFolder, jobs: options.jobs, version: NBRunVersion.current)
        let server = PreviewServer(
            folder: options.folder, options: buildOptions, progress: { console.error(BuildProgress.lines($0)) },
            log: { console.error($0) })
        let (folder, port) = (options.folder, options.port)
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

import ArgumentParser
import Foundation

/// `nbrun preview [FOLDER] [--port 8000]`: builds a course, serves it on 127.0.0.1 and reloads open pages
/// when a chapter is saved (COURSE.md §1).
///
/// The server lives in the `nbrun-preview` executable beside `nbrun`, which this command replaces
/// itself with: the HTTP server's libraries (FlyingFox, FoundationNetworking and libcurl's dozen
/// shared libraries) are then loaded only by a preview, not at every start of `nbrun` (README,
/// "Start-up").
public struct PreviewCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "preview",
        abstract: "Build a course, serve it on 127.0.0.1 and rebuild it when a chapter is saved."
    )

    @OptionGroup var options: PreviewOptions

    public init() {}

    public func run() throws {
        let server = Self.serverExecutable
        let arguments = [server.path] + options.arguments
        var argv = arguments.map { strdup($0) } + [nil]
        execv(server.path, &argv)
        // Only reached when the executable could not be started.
        let reason = String(cString: strerror(errno))
        Console().error("nbrun: preview: cannot start \(server.path): \(reason) (build it with `swift build --product nbrun-preview`)")
        throw ExitCode(2)
    }

    /// `nbrun-preview` in the folder of the running `nbrun`.
    static var serverExecutable: URL {
        let own = Bundle.main.executableURL ?? URL(fileURLWithPath: CommandLine.arguments[0])
        return own.resolvingSymlinksInPath().deletingLastPathComponent().appendingPathComponent("nbrun-preview")
    }
}

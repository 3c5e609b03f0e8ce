import ArgumentParser
import Execution
import Foundation

/// `nbrun [run] [options] <notebook.md | folder>...`: runs notebooks and writes their reports, or checks
/// them against the committed snapshots. It is the root command's default, so `run` may be left out.
public struct RunCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Run Markdown notebooks of Swift cells and write HTML and ipynb reports.",
        discussion: """
            Each notebook runs in its own interpreter session; its cells run top to bottom. Reports go to \
            OUTPUT_DIR/<name>.html and OUTPUT_DIR/<name>.ipynb; a folder also gets OUTPUT_DIR/index.html.
            Exit status: 0 all good, 1 a notebook failed or --check found differences, 2 bad usage or unreadable input.
            """
    )

    @Argument(help: "Notebook files (.md) or folders; a folder runs every *.md in it, sorted by name.")
    var inputs: [String]

    @Option(name: .customLong("output-dir"), help: "Where reports are written and snapshots are read.")
    var outputDirectory = "Output"

    @Flag(help: "Go on running after a failing cell instead of stopping the notebook.")
    var allowErrors = false

    @Option(help: "Time limit in seconds for each cell without its own timeout= option.")
    var timeout: Double = 60

    @Flag(help: "Record each cell's run time in the reports (makes them differ from run to run).")
    var timings = false

    @Flag(help: "Pass raw HTML in prose through to the report instead of dropping it.")
    var unsafeHtml = false

    @Flag(help: "Run, then compare the outputs with OUTPUT_DIR/<name>.ipynb instead of writing reports.")
    var check = false

    @Flag(help: "Check, then rewrite the snapshots that differ or are missing and remove obsolete ones.")
    var update = false

    @Option(name: .customLong("junit"), help: "With --check or --update: write a JUnit XML report to this file.")
    var junitPath: String?

    public init() {}

    public func validate() throws {
        guard timeout > 0, timeout.isFinite else {
            throw ValidationError("--timeout must be a positive number of seconds")
        }
        guard !(check && update) else { throw ValidationError("--update implies --check; give only one of them") }
        guard junitPath == nil || check || update else { throw ValidationError("--junit needs --check or --update") }
    }

    public func run() throws {
        let console = Console()
        let notebooks: [NotebookInput]
        do {
            notebooks = try InputResolver.resolve(inputs)
        } catch {
            console.error("nbrun: \(error)")
            throw ExitCode(2)
        }
        let session = RunSession(
            options: RunOptions(allowErrors: allowErrors, defaultTimeout: timeout, recordTimings: timings),
            outputDirectory: outputDirectory, unsafeHTML: unsafeHtml, console: console
        )
        let status = check || update
            ? SnapshotSession(run: session, update: update, junitPath: junitPath).check(notebooks)
            : session.run(notebooks)
        if status != .success { throw status }
    }
}

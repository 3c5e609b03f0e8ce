import ArgumentParser
import Foundation

/// The options of `nbrun preview`, shared by the subcommand (which forwards them) and the
/// `nbrun-preview` executable (which serves the course).
public struct PreviewOptions: ParsableArguments {
    @Argument(help: "The course folder.")
    public var folder = "."

    @Option(help: "The TCP port on 127.0.0.1 (0 picks a free one).")
    public var port: UInt16 = 8000

    @Option(name: .customLong("output-dir"), help: "Where the site is also written (default FOLDER/Output).")
    public var outputDirectory: String?

    @Option(help: "How many chapters run at the same time (default: the number of cores).")
    public var jobs = ProcessInfo.processInfo.activeProcessorCount

    public init() {}

    public func validate() throws {
        guard jobs >= 1 else { throw ValidationError("--jobs must be at least 1") }
    }

    /// The folder the site is written to.
    public var outputFolder: String {
        outputDirectory ?? (folder as NSString).appendingPathComponent("Output")
    }

    /// The same options as command-line arguments.
    var arguments: [String] {
        [folder, "--port", String(port), "--jobs", String(jobs)] + (outputDirectory.map { ["--output-dir", $0] } ?? [])
    }
}

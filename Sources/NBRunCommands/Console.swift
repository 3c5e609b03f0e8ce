import Foundation

/// Where the command line writes: progress and errors on stderr, check diffs on stdout.
public struct Console: Sendable {
    /// Whether stderr gets ANSI colours: only on a terminal, and never when `NO_COLOR` is set (no-color.org).
    public let colorsErrors: Bool = {
        let noColor = ProcessInfo.processInfo.environment["NO_COLOR"].map { !$0.isEmpty } ?? false
        return !noColor && isatty(STDERR_FILENO) == 1
    }()

    /// A console of this process's stderr and stdout.
    public init() {}

    /// Writes one line to standard error.
    public func error(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }

    /// Writes one line to standard output.
    public func output(_ line: String) {
        FileHandle.standardOutput.write(Data((line + "\n").utf8))
    }
}

import Foundation

/// Where the command line writes: progress and errors on stderr, check diffs on stdout.
struct Console {
    /// Writes one line to standard error.
    func error(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }

    /// Writes one line to standard output.
    func output(_ line: String) {
        FileHandle.standardOutput.write(Data((line + "\n").utf8))
    }
}

import Foundation
import Synchronization

/// A child process that keeps running while a test talks to it, with its stderr collected as it comes.
final class BackgroundProcess: Sendable {
    private let process: Process
    private let collected = Mutex("")

    /// Starts `executable` with `arguments` in `directory`.
    init(_ executable: URL, _ arguments: [String], in directory: URL) throws {
        process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = directory
        let stderr = Pipe()
        process.standardError = stderr
        process.standardOutput = FileHandle.nullDevice
        stderr.fileHandleForReading.readabilityHandler = { [self] handle in
            let text = String(decoding: handle.availableData, as: UTF8.self)
            self.collected.withLock { $0 += text }
        }
        try process.run()
    }

    /// Everything the process wrote to stderr so far.
    var stderr: String { collected.withLock { $0 } }

    /// Waits up to `seconds` for `condition` on the stderr text; returns whether it came true.
    func wait(seconds: Double, until condition: (String) -> Bool) -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            if condition(stderr) { return true }
            Thread.sleep(forTimeInterval: 0.05)
        }
        return condition(stderr)
    }

    /// Ends the process (SIGKILL: a server has nothing to clean up) and waits for it.
    func stop() {
        if process.isRunning { kill(process.processIdentifier, SIGKILL) }
        process.waitUntilExit()
    }
}

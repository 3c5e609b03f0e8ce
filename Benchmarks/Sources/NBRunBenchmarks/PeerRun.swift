import Foundation

/// One run of a peer script: a shell command printing a JSON object whose numbers are times in
/// seconds (keyed by benchmark), whose strings are versions (`"python": "3.11.7"`) and whose
/// `"outputs"` object, when present, holds the text each benchmark printed.
struct PeerRun {
    var times: [String: Double] = [:]
    var versions: [String: String] = [:]
    var outputs: [String: String] = [:]

    /// Runs `command RUNS` with `/bin/sh` and reads its JSON output.
    static func run(_ command: String, runs: Int) throws -> PeerRun {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", "\(command) \(runs)"]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0,
            let object = try JSONSerialization.jsonObject(with: data) as? [String: Any] else {
            throw BenchmarkError("peer '\(command)' failed (exit status \(process.terminationStatus))")
        }
        var result = PeerRun()
        for (key, value) in object {
            if let version = value as? String {
                result.versions[key] = version
            } else if let seconds = value as? Double {
                result.times[key] = seconds
            } else if key == "outputs", let outputs = value as? [String: String] {
                result.outputs = outputs
            }
        }
        return result
    }
}

import Foundation

/// Runs the benchmarks against their peers and prints a Markdown table.
///
/// Usage: `NBRunBenchmarks RUNS [--rounds R] [--only interpreter|runtime|learning|plotting|course|kernel|check] [--peer COMMAND]...`
///
/// The machine is shared, so its speed drifts from second to second. To expose both sides to the
/// same conditions, the suite runs in R rounds; each round runs every peer command (with RUNS
/// appended; it prints a JSON object of times in seconds) and then nbrun's measurements, each best
/// of RUNS. The table keeps, for every benchmark, the best time of each side over all rounds.
/// `Benchmarks/run.sh` builds this in release mode and passes the Python peers.
@main
enum NBRunBenchmarks {
    static func main() throws {
        var arguments = Array(CommandLine.arguments.dropFirst())
        let runs = arguments.first.flatMap { Int($0) } ?? 5
        if !arguments.isEmpty { arguments.removeFirst() }
        let rounds = option("--rounds", in: &arguments).flatMap { Int($0) } ?? 1
        let only = option("--only", in: &arguments)
        var peerCommands: [String] = []
        while let command = option("--peer", in: &arguments) { peerCommands.append(command) }
        let groups: [(String, (Int, [String: Double]) throws -> [Measurement])] = [
            ("interpreter", InterpreterBenchmarks.run),
            ("runtime", RuntimeBenchmarks.run),
            ("learning", LearningBenchmarks.run),
            ("plotting", PlottingBenchmarks.run),
            ("course", CourseBenchmarks.run),
            ("kernel", KernelBenchmarks.run),
            ("check", CheckBenchmarks.run),
        ]
        var best: [Measurement] = []
        var versions: [String: String] = [:]
        for round in 0..<max(rounds, 1) {
            var peers: [String: Double] = [:]
            var outputs: [String: String] = [:]
            for command in peerCommands {
                let report = try PeerRun.run(command, runs: runs)
                peers.merge(report.times) { $1 }
                outputs.merge(report.outputs) { $1 }
                versions.merge(report.versions) { $1 }
            }
            if round == 0, only == nil || only == "interpreter" {
                try InterpreterBenchmarks.check(peerOutputs: outputs)
            }
            var measured: [Measurement] = []
            for (name, run) in groups where only == nil || only == name {
                measured += try run(runs, peers)
            }
            best = best.isEmpty ? measured : zip(best, measured).map { $0.keepingBest($1) }
        }
        print(Measurement.header)
        for measurement in best { print(measurement.row) }
        if !versions.isEmpty {
            print()
            print("peers: " + versions.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", ")
                  + "; best of \(runs) runs in each of \(max(rounds, 1)) rounds")
        }
    }

    /// Removes `name VALUE` from `arguments` and returns the value (the first one, if repeated).
    private static func option(_ name: String, in arguments: inout [String]) -> String? {
        guard let index = arguments.firstIndex(of: name), index + 1 < arguments.count else { return nil }
        let value = arguments[index + 1]
        arguments.removeSubrange(index...(index + 1))
        return value
    }
}

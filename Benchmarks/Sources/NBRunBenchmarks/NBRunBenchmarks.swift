import Foundation

/// Runs the benchmarks and prints a Markdown table with the peers' times from the JSON files given as arguments.
///
/// Usage: `NBRunBenchmarks RUNS [--only interpreter|runtime|plotting] PEERS.json...` — `Benchmarks/run.sh`
/// builds this in release mode, runs the Python peers first and passes their results.
@main
enum NBRunBenchmarks {
    static func main() throws {
        var arguments = Array(CommandLine.arguments.dropFirst())
        let runs = arguments.first.flatMap { Int($0) } ?? 5
        if !arguments.isEmpty { arguments.removeFirst() }
        var only: String?
        if let flag = arguments.firstIndex(of: "--only"), flag + 1 < arguments.count {
            only = arguments[flag + 1]
            arguments.removeSubrange(flag...(flag + 1))
        }
        let peers = try readPeers(arguments)
        let groups: [(String, (Int, [String: Double]) throws -> [Measurement])] = [
            ("interpreter", InterpreterBenchmarks.run),
            ("runtime", RuntimeBenchmarks.run),
            ("plotting", PlottingBenchmarks.run),
        ]
        print(Measurement.header)
        for (name, run) in groups where only == nil || only == name {
            for measurement in try run(runs, peers) { print(measurement.row) }
        }
    }

    private static func readPeers(_ paths: [String]) throws -> [String: Double] {
        var peers: [String: Double] = [:]
        for path in paths {
            let data = try Data(contentsOf: URL(fileURLWithPath: path))
            let object = try JSONSerialization.jsonObject(with: data) as? [String: Any] ?? [:]
            for (key, value) in object {
                if let number = value as? Double { peers[key] = number }
            }
        }
        return peers
    }
}

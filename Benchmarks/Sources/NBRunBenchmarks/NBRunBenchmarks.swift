import Foundation

/// Runs every benchmark and prints a Markdown table with the peers' times from the JSON files given as arguments.
///
/// Usage: `NBRunBenchmarks RUNS PEERS.json...` — `Benchmarks/run.sh` builds this in release mode, runs the
/// Python peers first and passes their results.
@main
enum NBRunBenchmarks {
    static func main() throws {
        let arguments = CommandLine.arguments.dropFirst()
        let runs = arguments.first.flatMap { Int($0) } ?? 5
        var peers: [String: Double] = [:]
        for path in arguments.dropFirst() {
            let data = try Data(contentsOf: URL(fileURLWithPath: path))
            let object = try JSONSerialization.jsonObject(with: data) as? [String: Any] ?? [:]
            for (key, value) in object {
                if let number = value as? Double { peers[key] = number }
            }
        }
        let measurements = try InterpreterBenchmarks.run(runs: runs, peers: peers)
            + RuntimeBenchmarks.run(runs: runs, peers: peers)
            + PlottingBenchmarks.run(runs: runs, peers: peers)
        print(Measurement.header)
        for measurement in measurements { print(measurement.row) }
    }
}

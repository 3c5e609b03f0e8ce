import Execution
import Foundation
import NotebookFormat
import Plotting

/// Issue 14's measurements: comparing a 1500x500 chart with its snapshot by pixels (goal: under 5 ms), and
/// what `--check` adds to a run of the course notebook (goal: at most 10%, shown as the run being at least
/// 10x the check). The PNG decoding and the difference picture drawn after a failure are for information.
enum CheckBenchmarks {
    /// A 15x5 in (1500x500 px) chart of two sine curves; `phase` moves the second so pixels differ.
    static func chart(phase: Double) throws -> [UInt8] {
        let xs = (0..<400).map { Double($0) / 40 }
        let plt = Pyplot()
        try plt.figure(figsize: (15, 5))
        try plt.plot(xs, xs.map { sin($0) }, label: "sin")
        try plt.plot(xs, xs.map { cos($0 + phase) }, format: "r--", label: "cos")
        plt.title("Check benchmark")
        try plt.legend()
        plt.grid(true)
        guard let png = try plt.show().first?.png else { throw BenchmarkError("the chart rendered nothing") }
        return png
    }

    /// The picture on a white 1500x500 canvas, at its top left.
    static func padded(_ image: (width: Int, height: Int, rgba: [UInt8])) throws -> (width: Int, height: Int, rgba: [UInt8]) {
        let (width, height) = (1500, 500)
        guard image.width <= width, image.height <= height else {
            throw BenchmarkError("the chart is \(image.width)x\(image.height), larger than 1500x500")
        }
        var rgba = [UInt8](repeating: 255, count: width * height * 4)
        for row in 0..<image.height {
            let source = row * image.width * 4
            rgba.replaceSubrange(row * width * 4..<(row * width + image.width) * 4,
                                 with: image.rgba[source..<source + image.width * 4])
        }
        return (width, height, rgba)
    }

    /// The time to check `Notebooks/gradient_tape.md` against `Output/` once it ran, and the run's own time.
    static func courseCheck(runs: Int) throws -> (check: Double, run: Double) {
        let path = "Notebooks/gradient_tape.md"
        guard let bytes = FileManager.default.contents(atPath: path) else {
            throw BenchmarkError("\(path) not found; run from the repository root")
        }
        let notebook = try NotebookParser.parse(Array(bytes), path: path)
        var executed = notebook
        let run = Stopwatch.best(of: min(runs, 3)) {
            executed = NotebookRunner(options: RunOptions(defaultTimeout: 600)).run(notebook)
        }
        let checker = SnapshotChecker(snapshotDirectory: "Output")
        var result = checker.check(executed)
        let check = Stopwatch.best(of: runs) { result = checker.check(executed) }
        guard result.passed else { throw BenchmarkError("the course notebook does not match: \(result.verdict)") }
        return (check, run)
    }

    /// The comparison, decoding and difference-picture times of a changed 1500x500 chart.
    static func run(runs: Int, peers: [String: Double]) throws -> [Measurement] {
        let actualPNG = try chart(phase: 0.05)
        // The tight bounding box crops the 15x5 in figure a little; white margins bring it to 1500x500.
        let expected = try padded(PNGCodec.decode(try chart(phase: 0)))
        let actual = try padded(PNGCodec.decode(actualPNG))
        var count = 0
        let compare = Stopwatch.best(of: runs) {
            count = PixelComparison.countDifferingPixels(expected.rgba, actual.rgba, threshold: 0.1)
        }
        guard count > 0 else { throw BenchmarkError("the two charts should differ") }
        let decode = try Stopwatch.best(of: runs) { _ = try PNGCodec.decode(actualPNG) }
        let picture = try Stopwatch.best(of: runs) {
            let rgba = PixelComparison.differenceImage(expected.rgba, actual.rgba, threshold: 0.1)
            _ = try PNGCodec.encode(rgba: rgba, width: expected.width, height: expected.height)
        }
        let (check, run) = try courseCheck(runs: runs)
        return [
            Measurement(name: "--check's comparison of the course notebook with Output/ (after its run)", nbrun: check,
                        peer: "running the notebook", peerTime: run, goal: .speedup(10)),
            Measurement(name: "compare a changed 1500x500 chart by pixels (\(count) differ)", nbrun: compare,
                        peer: "–", peerTime: nil, goal: .under(0.005)),
            Measurement(name: "decode one 1500x500 chart PNG (cairo)", nbrun: decode,
                        peer: "–", peerTime: nil, goal: .none),
            Measurement(name: "difference picture of it, as PNG (only on failure)", nbrun: picture,
                        peer: "–", peerTime: nil, goal: .none),
        ]
    }
}

import Foundation
import Testing
@testable import Plotting

/// Log-axis ticks against matplotlib's `get_majorticklocs` / `get_minorticklocs` for the same views
/// (`Goldens/log_scale.json`), and the 10ᵏ labels.
struct LogTicksTests {
    struct Case: Decodable {
        var low, high, lengthInPoints: Double
        var major, minor: [Double]
    }

    struct File: Decodable {
        var tickCases: [Case]
    }

    @Test func ticksMatchMatplotlib() throws {
        let file = try JSONDecoder().decode(File.self, from: Data(contentsOf: Goldens.url("log_scale.json")))
        #expect(file.tickCases.count == 5)
        for c in file.tickCases {
            let space = Int((c.lengthInPoints / 20).rounded(.down))
            let (major, minor) = LogTicks.ticks(from: c.low, to: c.high, request: min(max(space, 2), 9))
            // matplotlib leaves out minor ticks that sit on a major one.
            let minorOnly = minor.filter { m in !major.contains { abs($0 - m) <= 1e-9 * m } }
            for (ours, theirs, kind) in [(major, c.major, "major"), (minorOnly, c.minor, "minor")] {
                #expect(ours.count == theirs.count, "\(kind) ticks of \(c.low)...\(c.high)")
                for (a, b) in zip(ours, theirs) { #expect(abs(a - b) <= 1e-9 * b, "\(kind) \(a) vs \(b)") }
            }
        }
    }

    @Test func decadesAreLabelledWithTheirExponent() {
        #expect(LogTicks.exponent(of: 1000) == "3")
        #expect(LogTicks.exponent(of: 0.01) == "−2")
        #expect(LogTicks.exponent(of: 1) == "0")
        #expect(LogTicks.exponent(of: 20) == nil)
    }

    @Test func logAxesLeaveOutValuesAtOrBelowZero() throws {
        let plt = Pyplot()
        try plt.plot([1, 2, 3, 4], [-1, 0, 10, 1000])
        try plt.yscale("log")
        let axes = try #require(plt.openFigure?.axes[0])
        let view = Autoscale.yView(of: axes)
        // The positive values 10 and 1000 span two decades; the margins are 5% of that in log space.
        #expect(abs(log10(view.lower) - 0.9) < 1e-12 && abs(log10(view.upper) - 3.1) < 1e-12)
        #expect(throws: PlotError.self) { try plt.yscale("symlog") }
    }
}

import Testing
@testable import Plotting

/// Tick values and labels checked against matplotlib 3.11's `MaxNLocator(steps=[1, 2, 2.5, 5, 10])` and
/// `ScalarFormatter` (expected values printed by matplotlib itself).
struct TickLocatorTests {
    struct Case: Sendable, CustomStringConvertible {
        var vmin: Double
        var vmax: Double
        var bins: Int
        var ticks: [Double]
        var labels: [String]
        var offset: String
        var description: String { "\(vmin)...\(vmax) in \(bins) bins" }
    }

    static let cases: [Case] = [
        Case(vmin: -4.95, vmax: 103.95, bins: 9, ticks: [-20, 0, 20, 40, 60, 80, 100, 120],
             labels: ["−20", "0", "20", "40", "60", "80", "100", "120"], offset: ""),
        Case(vmin: -1.3, vmax: 5.3, bins: 5, ticks: [-2, 0, 2, 4, 6], labels: ["−2", "0", "2", "4", "6"], offset: ""),
        Case(vmin: -13.5, vmax: 2.5, bins: 7, ticks: [-15, -12.5, -10, -7.5, -5, -2.5, 0, 2.5],
             labels: ["−15.0", "−12.5", "−10.0", "−7.5", "−5.0", "−2.5", "0.0", "2.5"], offset: ""),
        Case(vmin: -0.999, vmax: 1.2, bins: 6, ticks: [-1, -0.5, 0, 0.5, 1, 1.5],
             labels: ["−1.0", "−0.5", "0.0", "0.5", "1.0", "1.5"], offset: ""),
        Case(vmin: 0, vmax: 1, bins: 9, ticks: [0, 0.2, 0.4, 0.6, 0.8, 1],
             labels: ["0.0", "0.2", "0.4", "0.6", "0.8", "1.0"], offset: ""),
        Case(vmin: 900_000, vmax: 3_100_000, bins: 8, ticks: [5e5, 1e6, 1.5e6, 2e6, 2.5e6, 3e6, 3.5e6],
             labels: ["0.5", "1.0", "1.5", "2.0", "2.5", "3.0", "3.5"], offset: "1e6"),
        Case(vmin: 0.00085, vmax: 0.00415, bins: 7,
             ticks: [0.0005, 0.001, 0.0015, 0.002, 0.0025, 0.003, 0.0035, 0.004, 0.0045],
             labels: ["0.0005", "0.0010", "0.0015", "0.0020", "0.0025", "0.0030", "0.0035", "0.0040", "0.0045"], offset: ""),
        Case(vmin: 100_000.5, vmax: 100_001.5, bins: 5,
             ticks: [100_000.4, 100_000.6, 100_000.8, 100_001, 100_001.2, 100_001.4, 100_001.6],
             labels: ["0.4", "0.6", "0.8", "1.0", "1.2", "1.4", "1.6"], offset: "+1e5"),
        Case(vmin: -2.2, vmax: 2.2, bins: 9, ticks: [-2.5, -2, -1.5, -1, -0.5, 0, 0.5, 1, 1.5, 2, 2.5],
             labels: ["−2.5", "−2.0", "−1.5", "−1.0", "−0.5", "0.0", "0.5", "1.0", "1.5", "2.0", "2.5"], offset: ""),
        Case(vmin: 0.2, vmax: 0.3, bins: 4, ticks: [0.2, 0.225, 0.25, 0.275, 0.3],
             labels: ["0.200", "0.225", "0.250", "0.275", "0.300"], offset: ""),
        Case(vmin: -1e-7, vmax: 3e-7, bins: 5, ticks: [-1e-7, 0, 1e-7, 2e-7, 3e-7],
             labels: ["−1", "0", "1", "2", "3"], offset: "1e−7"),
        Case(vmin: 1234.5, vmax: 1234.9, bins: 6, ticks: [1234.5, 1234.6, 1234.7, 1234.8, 1234.9],
             labels: ["0.5", "0.6", "0.7", "0.8", "0.9"], offset: "+1.234e3"),
    ]

    @Test(arguments: cases)
    func ticksMatchMatplotlib(_ c: Case) {
        let ticks = TickLocator.ticks(from: c.vmin, to: c.vmax, bins: c.bins)
        #expect(ticks.count == c.ticks.count)
        for (got, want) in zip(ticks, c.ticks) {
            #expect(abs(got - want) <= 1e-9 * max(1, abs(want)), "tick \(got) vs \(want)")
        }
    }

    @Test(arguments: cases)
    func labelsMatchMatplotlib(_ c: Case) {
        let formatter = TickFormatter(locs: c.ticks, view: c.vmin...c.vmax)
        #expect(formatter.labels == c.labels)
        #expect(formatter.offsetText == c.offset)
    }

    @Test func singularIntervalStillGetsTicks() {
        let ticks = TickLocator.ticks(from: 5, to: 5, bins: 5)
        #expect(ticks.count == 5)
        #expect(ticks.contains(5))
    }

    @Test func binCountFollowsAxisLength() {
        // A 6.4 in figure's x axis is 357 pt long: 357 / 30 = 11, clipped to 9.
        #expect(TickLocator.binCount(lengthInPoints: 357, fontSize: 10, horizontal: true) == 9)
        // Its y axis is 277 pt: 277 / 20 = 13, clipped to 9; a short one keeps at least 1.
        #expect(TickLocator.binCount(lengthInPoints: 277, fontSize: 10, horizontal: false) == 9)
        #expect(TickLocator.binCount(lengthInPoints: 50, fontSize: 10, horizontal: true) == 1)
        #expect(TickLocator.binCount(lengthInPoints: 100, fontSize: 10, horizontal: false) == 5)
    }

    @Test func hugeAndNonFiniteRangesDoNotTrap() {
        _ = TickLocator.ticks(from: -1e308, to: 1e308, bins: 9)
        _ = TickLocator.ticks(from: .nan, to: 1, bins: 9)
        _ = TickLocator.ticks(from: 0, to: .infinity, bins: 9)
        let tiny = TickLocator.ticks(from: 0, to: 1e-300, bins: 5)
        #expect(!tiny.isEmpty)
    }
}

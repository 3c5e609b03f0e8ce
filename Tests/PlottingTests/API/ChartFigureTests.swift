import Foundation
import Testing
@testable import Plotting

/// DSL.md §12's charts rendered by nbrun, compared with matplotlib 3.11's renderings of the same calls.
///
/// Set `PLOTTING_WRITE_DOCS=1` to also write `docs/charts/<name>_nbrun.png` for side-by-side viewing.
struct ChartFigureTests {
    @Test(arguments: ["fields", "annotations", "log_scale", "log_x_scale"])
    func matchesMatplotlib(name: String) throws {
        // Glyph anti-aliasing alone gives about 10 (see SeedFigureTests); a misplaced colour bar, a wrong
        // colormap or shifted bands change whole regions and break this bound.
        let tolerance = 14.0
        let plt = Pyplot()
        switch name {
        case "fields": try ChartFigures.fields(plt)
        case "annotations": try ChartFigures.annotations(plt)
        case "log_x_scale": try ChartFigures.logXScale(plt)
        default: try ChartFigures.logScale(plt)
        }
        let rendered = try #require(try plt.show().first)
        if ProcessInfo.processInfo.environment["PLOTTING_WRITE_DOCS"] == "1" {
            try Data(rendered.png).write(to: Goldens.docsCharts.appendingPathComponent("\(name)_nbrun.png"))
        }
        let ours = try PNGCodec.decode(rendered.png)
        let theirs = try PNGCodec.decode(try Goldens.bytes("\(name)_matplotlib.png"))
        guard let rms = PNGCodec.rmsDifference(ours, theirs) else {
            Issue.record("size \(ours.width)x\(ours.height) differs from matplotlib's \(theirs.width)x\(theirs.height)")
            return
        }
        print("\(name): \(ours.width)x\(ours.height), RMS vs matplotlib \(rms)")
        #expect(rms < tolerance)
    }

    @Test func contourLevelsAreMatplotlibs() throws {
        let d = try SeedFigures.load("fields", as: ChartFigures.FieldsData.self)
        let plt = Pyplot()
        try ChartFigures.fields(plt)
        let figure = try #require(plt.openFigure)
        let series = figure.axes.flatMap(\.series)
        let levels = series.compactMap { s -> (Bool, [Double])? in
            if case let .contour(c) = s { return (c.filled, c.levels) }
            return nil
        }
        #expect(levels.count == 2)
        for (filled, ours) in levels {
            let theirs = filled ? d.contourfLevels : d.contourLevels
            #expect(ours.count == theirs.count)
            for (a, b) in zip(ours, theirs) { #expect(abs(a - b) <= 1e-12 * max(1, abs(b))) }
        }
    }
}

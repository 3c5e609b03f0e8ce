import Foundation
import Testing
@testable import Plotting

/// The seed notebook's figures rendered by nbrun, compared with matplotlib 3.11's renderings of the same data.
///
/// Set `PLOTTING_WRITE_DOCS=1` to also write `docs/charts/<name>_nbrun.png` for side-by-side viewing.
struct SeedFigureTests {
    static func build(_ name: String, _ plt: Pyplot) throws {
        switch name {
        case "linear_regression": try SeedFigures.linearRegression(plt)
        case "polynomial": try SeedFigures.polynomial(plt)
        default: try SeedFigures.gallery(plt)
        }
    }

    @Test(arguments: ["linear_regression", "polynomial", "gallery"])
    func matchesMatplotlib(name: String) throws {
        // At the time of writing the differences are 9.5 to 9.9, nearly all glyph anti-aliasing; a layout or
        // colour regression moves whole lines of pixels and breaks this bound.
        let tolerance = 12.0
        let plt = Pyplot()
        try Self.build(name, plt)
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
}

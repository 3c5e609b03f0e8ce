import Foundation
import Testing
@testable import Plotting

/// Colormaps against matplotlib's own colours (`Goldens/contour_levels.json`, `cmap(v, bytes=True)`).
struct ColormapTests {
    struct File: Decodable {
        var samples: [Double]
        var colormaps: [String: [[Int]]]
    }

    @Test(arguments: Colormap.names)
    func samplesMatchMatplotlib(name: String) throws {
        let file = try JSONDecoder().decode(File.self, from: Data(contentsOf: Goldens.url("contour_levels.json")))
        let expected = try #require(file.colormaps[name])
        let cmap = try Colormap.named(name, function: "t")
        for (v, rgba) in zip(file.samples, expected) {
            let c = cmap.color(v)
            let ours = [c.red, c.green, c.blue, c.alpha].map { Int(($0 * 255).rounded()) }
            #expect(ours == rgba, "\(name)(\(v))")
        }
    }

    @Test func reversedAndUnknownNames() throws {
        let cmap = try Colormap.named("viridis", function: "t")
        let reversed = try Colormap.named("viridis_r", function: "t")
        #expect(reversed.color(0) == cmap.color(1))
        #expect(cmap.color(.nan).alpha == 0)
        #expect(throws: PlotError.self) { try Colormap.named("jet", function: "imshow") }
    }

    @Test func normMapsTheRangeAndToleratesOneValue() {
        let norm = ColorNorm(autoscaling: [2, .nan, 6, 4])
        #expect((norm.vmin, norm.vmax) == (2, 6))
        #expect(norm(4) == 0.5)
        #expect(ColorNorm(autoscaling: [3, 3])(3) == 0)
    }
}

import Foundation
import Testing
@testable import Plotting

/// Golden text dumps of the drawing commands for representative figures, laid out with the font-free
/// `ApproximateTextMeasurer` so they do not depend on installed fonts.
///
/// Set `PLOTTING_RECORD_GOLDENS=1` to rewrite `Goldens/<name>.txt` after an intended change, then review the diff.
struct RecordingCanvasTests {
    static func basicLine(_ plt: Pyplot) throws {
        try plt.plot([1, 3, 2, 4], label: "y")
        plt.title("Basic line")
        plt.xlabel("step")
        plt.ylabel("value")
        plt.grid()
    }

    static func subplotsWithLegend(_ plt: Pyplot) throws {
        try plt.figure(figsize: (8, 3))
        try plt.subplot(1, 2, 1)
        try plt.scatter([0, 1, 2, 3], [0, 1, 4, 9], alpha: 0.5, label: "points")
        try plt.plot([0, 3], [0, 9], format: "r-", label: "fit")
        try plt.plot([0, 3], [1, 8], format: "g--", label: "true")
        try plt.legend()
        plt.grid(true)
        try plt.subplot(1, 2, 2)
        try plt.plot([-1, 0, 1], [1e6, 2e6, 1.5e6], format: "k:^", linewidth: 2)
        try plt.axhline(y: 1.2e6, color: "C3", linestyle: "-.")
        plt.title("λ²")
        plt.tightLayout()
    }

    static func barsAndHistogram(_ plt: Pyplot) throws {
        try plt.figure(figsize: (6, 3))
        try plt.subplot(1, 2, 1)
        try plt.hist([1, 2, 2, 3, 3, 3, 4], bins: 4, label: "counts")
        try plt.axvline(x: 2.5, color: "k", label: "median")
        try plt.legend(loc: "upper left")
        try plt.subplot(1, 2, 2)
        try plt.bar(["a", "b", "c"], [3, -1, 2], color: "#ff7f0e")
        try plt.plot([0, 1, 2], [1, 1, 1], format: "s", color: "navy")
        try plt.ylim(-2, 4)
        plt.tightLayout()
    }

    /// Small versions of DSL.md §12's charts: an image and filled contours with colour bars, contour
    /// lines, a coloured scatter, a band, error bars, texts and a suptitle.
    static func colourMaps(_ plt: Pyplot) throws {
        let axes = try plt.subplots(2, 2, figsize: (7, 5))
        let z = try Grid(rows: 3, cols: 4, values: [0, 1, 2, 3, 1, 2, 3, 4, 2, 3, 4, 6])
        try ChartFigures.on(plt, axes[0]) {
            try plt.imshow(z, cmap: "gray_r")
            try plt.colorbar()
        }
        try ChartFigures.on(plt, axes[1]) {
            try plt.contour(x: nil, y: nil, z: z, count: 4, filled: true, alpha: 0.5)
            try plt.contour(x: nil, y: nil, z: z, levels: [1.5, 3.5], filled: false, cmap: "coolwarm")
            try plt.colorbar()
        }
        try ChartFigures.on(plt, axes[2]) {
            try plt.scatter([0, 1, 2], [2, 0, 1], c: [3, 1, 2], cmap: "tab10")
            try plt.text(0.5, 1.5, "text")
            try plt.annotate("note", xy: (1, 0), xytext: (1.2, 0.4))
        }
        try ChartFigures.on(plt, axes[3]) {
            try plt.fillBetween([0, 1, 2], [0, 1, 0], [1, 2, 2], alpha: 0.4, label: "band")
            try plt.errorbar([0, 1, 2], [0.5, 1.5, 1], yerr: [0.2, 0.1, 0.3], label: "points")
            try plt.legend()
        }
        plt.suptitle("Colour maps")
        plt.tightLayout()
    }

    static func dump(_ build: (Pyplot) throws -> Void) throws -> String {
        let plt = Pyplot()
        try build(plt)
        let figure = try #require(plt.openFigure)
        let layout = try FigureLayout(figure: figure, measurer: ApproximateTextMeasurer())
        let canvas = RecordingCanvas(width: layout.width, height: layout.height)
        FigureRenderer.render(layout, pointScale: figure.pointScale, on: canvas)
        return canvas.dump
    }

    @Test(arguments: ["basic_line", "subplots_legend", "bars_histogram", "colour_maps"])
    func matchesGolden(name: String) throws {
        let actual: String
        switch name {
        case "basic_line": actual = try Self.dump(Self.basicLine)
        case "subplots_legend": actual = try Self.dump(Self.subplotsWithLegend)
        case "colour_maps": actual = try Self.dump(Self.colourMaps)
        default: actual = try Self.dump(Self.barsAndHistogram)
        }
        let file = "\(name).txt"
        if ProcessInfo.processInfo.environment["PLOTTING_RECORD_GOLDENS"] == "1" {
            let source = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
                .appendingPathComponent("Goldens").appendingPathComponent(file)
            try actual.write(to: source, atomically: true, encoding: .utf8)
        }
        let expected = try String(contentsOf: Goldens.url(file), encoding: .utf8)
        let actualLines = actual.split(separator: "\n", omittingEmptySubsequences: false)
        let expectedLines = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let firstDifference = zip(actualLines, expectedLines).enumerated().first { $0.element.0 != $0.element.1 }?.offset
        #expect(actualLines.count == expectedLines.count, "line count differs from \(file)")
        if let i = firstDifference {
            Issue.record("\(file) line \(i + 1):\n  expected: \(expectedLines[i])\n  actual:   \(actualLines[i])")
        }
    }

    @Test func formatsNumbersColoursAndPaths() {
        #expect(RecordingCanvas.format(-0.004) == "0.00")
        #expect(RecordingCanvas.format(-1.25) == "-1.25")
        #expect(RecordingCanvas.format(Double.nan) == "nan")
        #expect(RecordingCanvas.format(Color.cycle(0).withAlpha(0.5)) == "#1f77b4@0.50")
        var path = Path()
        path.move(to: Point(x: 0, y: 1))
        path.line(to: Point(x: 2.5, y: 3))
        path.close()
        #expect(RecordingCanvas.format(path) == "M(0.00,1.00) L(2.50,3.00) Z")
    }
}

import Testing
@testable import Plotting

/// Colour bar and equal-aspect placement against matplotlib 3.11.2's `get_position()` for the same figure:
/// `fig, axes = plt.subplots(1, 2, figsize=(10, 4))`, `contourf` with `levels=12` and `fig.colorbar(cs,
/// ax=axes[0])`, a 10x8 `imshow` with `fig.colorbar(im, ax=axes[1])`.
struct ColorbarLayoutTests {
    /// matplotlib's positions as (left, bottom, width, height) figure fractions.
    static let matplotlib: [(Double, Double, Double, Double)] = [
        (0.125, 0.11, 0.2818181818181818, 0.77),  // contourf axes
        (0.5831454545454544, 0.11, 0.24640000000000006, 0.77),  // imshow axes, leaning right
        (0.4244318181818182, 0.11, 0.015400000000000025, 0.77),  // first colour bar
        (0.8471590909090909, 0.11, 0.01539999999999997, 0.77),  // second colour bar
    ]

    @Test func barsTakeTheirRoomLikeMatplotlib() throws {
        let plt = Pyplot()
        let axes = try plt.subplots(1, 2, figsize: (10, 4))
        let grid = (0..<100).map { Double($0 % 10 + $0 / 10) / 18 }
        try ChartFigures.on(plt, axes[0]) {
            try plt.contour(x: nil, y: nil, z: Grid(rows: 10, cols: 10, values: grid), count: 12, filled: true)
            try plt.colorbar()
        }
        try ChartFigures.on(plt, axes[1]) {
            try plt.imshow(Grid(rows: 10, cols: 8, values: Array(grid.prefix(80))))
            try plt.colorbar()
        }
        var figure = try #require(plt.openFigure)
        figure.cropToContent = false
        let layout = try FigureLayout(figure: figure, measurer: ApproximateTextMeasurer())
        let frames = layout.axes.map(\.layout.frame) + layout.axes.compactMap { $0.colorbar?.frame }
        #expect(frames.count == 4)
        for (frame, (left, bottom, width, height)) in zip(frames, Self.matplotlib) {
            let expected = Rect(x: left * 1000, y: (1 - bottom - height) * 400, width: width * 1000, height: height * 400)
            #expect(abs(frame.minX - expected.minX) < 1e-6 && abs(frame.maxX - expected.maxX) < 1e-6, "\(frame) vs \(expected)")
            #expect(abs(frame.minY - expected.minY) < 1e-6 && abs(frame.maxY - expected.maxY) < 1e-6, "\(frame) vs \(expected)")
        }
    }

    /// matplotlib's colour bar of `contourf(levels=12)` on 0...1 ticks every other level: 0.00, 0.16, …, 0.96.
    @Test func contourBarsTickAtEveryKthLevel() {
        let levels = (0...13).map { Double($0) * 0.08 }
        #expect(ColorbarLayout.fixedTicks(levels, bins: 10) == Swift.stride(from: 0, to: 14, by: 2).map { levels[$0] })
        #expect(ColorbarLayout.fixedTicks([1, 2, 3], bins: 10) == [1, 2, 3])
        // Of the two ways to take every other level, matplotlib keeps the one that comes closest to zero.
        #expect(ColorbarLayout.fixedTicks((-5...5).map(Double.init) + [6, 7, 8, 9, 10], bins: 10) == [-4, -2, 0, 2, 4, 6, 8, 10])
    }
}

import Testing
@testable import Plotting

/// Tight layout and legend placement of the seed figures, checked against the pixel positions matplotlib
/// 3.11 computes for the same figures (printed from `Axes.get_window_extent()` / `Legend.get_window_extent()`).
///
/// These use the real DejaVu Sans metrics, so they also cover text measurement.
struct TightLayoutTests {
    /// matplotlib's frames as (left, top, right, bottom) in figure pixels, y down.
    static let matplotlibFrames: [String: [(Double, Double, Double, Double)]] = [
        "linear_regression": [(53.61, 36.33, 586.72, 341.5), (651.89, 36.33, 1185.0, 341.5)],
        "polynomial": [(62.17, 36.33, 478.03, 441.5), (565.65, 36.33, 981.52, 441.5), (1069.13, 36.33, 1485.0, 441.5)],
        "gallery": [
            (54.72, 36.33, 480.75, 309.64), (558.97, 36.33, 985.0, 309.64),
            (54.72, 370.03, 480.75, 643.33), (558.97, 370.03, 985.0, 643.33),
        ],
    ]

    static func layout(_ name: String) throws -> FigureLayout {
        let plt = Pyplot()
        try SeedFigureTests.build(name, plt)
        let figure = try #require(plt.openFigure)
        return try FigureLayout(figure: figure, measurer: CairoTextMeasurer())
    }

    @Test(arguments: ["linear_regression", "polynomial", "gallery"])
    func framesMatchMatplotlib(name: String) throws {
        let layout = try Self.layout(name)
        let expected = try #require(Self.matplotlibFrames[name])
        #expect(layout.axes.count == expected.count)
        for ((_, axes, _, _), want) in zip(layout.axes, expected) {
            let f = axes.frame
            // Within a pixel: our title box is a third of a pixel shorter than FreeType's hinted one.
            for (got, exp) in [(f.minX, want.0), (f.minY, want.1), (f.maxX, want.2), (f.maxY, want.3)] {
                #expect(abs(got - exp) < 1, "\(name): \(got) vs matplotlib \(exp)")
            }
        }
    }

    @Test func bestLegendLocationsMatchMatplotlib() throws {
        let linear = try Self.layout("linear_regression")
        #expect(linear.axes[1].legend?.location == .upperLeft)
        let polynomial = try Self.layout("polynomial")
        #expect(polynomial.axes[0].legend?.location == .upperRight)
        #expect(polynomial.axes[1].legend?.location == .upperLeft)
        #expect(polynomial.axes[2].legend == nil)
        let legend = try #require(polynomial.axes[0].legend)
        // matplotlib: (309.34, 43.28)-(471.09, 111.29); our widths use cairo's hinted advances.
        #expect(abs(legend.frame.maxX - 471.09) < 1)
        #expect(abs(legend.frame.height - 68.01) < 1)
    }

    @Test func cropMatchesJupyterTightBoundingBox() throws {
        #expect(try (Self.layout("linear_regression").width, Self.layout("linear_regression").height) == (1190, 390))
        #expect(try (Self.layout("polynomial").width, Self.layout("polynomial").height) == (1490, 490))
    }

    @Test func paramsLeaveThePadAroundTheTightBoxes() throws {
        let plt = Pyplot()
        try plt.subplot(2, 2, 1)
        plt.ylabel("a long label on the left")
        try plt.subplot(2, 2, 4)
        plt.title("title")
        let figure = try #require(plt.openFigure)
        let style = PlotStyle(pointScale: figure.pointScale)
        let placed = figure.axes.map { axes -> (axes: Axes, layout: AxesLayout) in
            let frame = PlotStyle.defaultSubplotParams.frame(
                row: axes.row, column: axes.column, rows: 2, cols: 2, width: 640, height: 480)
            return (axes, AxesLayout(axes: axes, frame: frame, style: style, measurer: ApproximateTextMeasurer()))
        }
        let boxes = placed.map { ($0.axes, $0.layout.frame, $0.layout.bounds) }
        let params = try #require(TightLayout.params(for: boxes, width: 640, height: 480, fontSize: style.fontSize))
        let pad = PlotStyle.tightPad * style.fontSize
        let leftOverhang = placed[0].layout.frame.minX - placed[0].layout.bounds.minX
        #expect(abs(params.left * 640 - (leftOverhang + pad)) < 1e-9)
        #expect(params.right < 1 && params.top < 1 && params.bottom > 0)
        #expect(params.wspace > 0 && params.hspace > 0)
    }

    @Test func mixedGridsKeepTheDefaultLayout() throws {
        let plt = Pyplot()
        try plt.subplot(2, 1, 1)
        try plt.subplot(2, 2, 3)
        let figure = try #require(plt.openFigure)
        let style = PlotStyle(pointScale: 100.0 / 72)
        let placed = figure.axes.map { axes -> (axes: Axes, layout: AxesLayout) in
            let frame = PlotStyle.defaultSubplotParams.frame(
                row: axes.row, column: axes.column, rows: axes.rows, cols: axes.cols, width: 640, height: 480)
            return (axes, AxesLayout(axes: axes, frame: frame, style: style, measurer: ApproximateTextMeasurer()))
        }
        let boxes = placed.map { ($0.axes, $0.layout.frame, $0.layout.bounds) }
        #expect(TightLayout.params(for: boxes, width: 640, height: 480, fontSize: style.fontSize) == nil)
    }
}

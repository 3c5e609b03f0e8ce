import Testing
@testable import Plotting

/// `subplots` and axes handles: drawing on one axes leaves `plt`'s current axes alone.
struct SubplotsTests {
    @Test func subplotsMakesAGridAndTheLastAxesCurrent() throws {
        let plt = Pyplot()
        let axes = try plt.subplots(2, 3, figsize: (9, 6))
        #expect(axes.count == 6 && axes.map(\.axes) == Array(0..<6))
        let figure = try #require(plt.openFigure)
        #expect((figure.width, figure.height) == (9, 6))
        #expect(figure.axes.map(\.index) == Array(1...6) && figure.axes.allSatisfy { $0.rows == 2 && $0.cols == 3 })
        plt.title("last")
        #expect(plt.openFigure?.axes[5].title == "last")
        #expect(throws: PlotError.self) { try plt.subplots(0, 2) }
    }

    @Test func selectDrawsOnOneAxesAndRestoreGoesBack() throws {
        let plt = Pyplot()
        let first = try plt.subplots(1, 2)
        let second = try plt.subplots(1, 1)
        // The first figure is no longer current, yet its axes can still be drawn on.
        let selection = try plt.select(first[0])
        try plt.plot([1, 2, 3])
        plt.restore(selection)
        plt.title("second figure")
        #expect(plt.earlierFigures.first?.axes[0].series.count == 1)
        #expect(plt.openFigure?.axes[0].title == "second figure")
        #expect(plt.openFigure?.id == second[0].figure)
        _ = try plt.show()
        #expect(throws: PlotError.self) { try plt.select(first[1]) }
    }

    @Test func colorbarNeedsSomethingColourMapped() throws {
        let plt = Pyplot()
        try plt.plot([1, 2])
        #expect(throws: PlotError.self) { try plt.colorbar() }
        try plt.scatter([1, 2], [3, 4], c: [5, 6])
        try plt.colorbar()
        #expect(plt.openFigure?.axes[0].colorbar?.norm == ColorNorm(vmin: 5, vmax: 6))
    }

    @Test func suptitleMakesRoomInTightLayout() throws {
        func topOfAxes(_ suptitle: String?) throws -> Double {
            let plt = Pyplot()
            _ = try plt.subplots(1, 2)
            if let suptitle { plt.suptitle(suptitle) }
            plt.tightLayout()
            let layout = try FigureLayout(figure: try #require(plt.openFigure), measurer: ApproximateTextMeasurer())
            return layout.axes[0].layout.frame.minY
        }
        #expect(try topOfAxes("Title") > topOfAxes(nil) + 10)
    }
}

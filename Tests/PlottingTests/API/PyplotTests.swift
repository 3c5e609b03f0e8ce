import Testing
@testable import Plotting

/// The pyplot state machine: figures and subplots, colour cycles, and the errors authors see.
struct PyplotTests {
    @Test func plotCreatesDefaultFigureAndAxes() throws {
        let plt = Pyplot()
        try plt.plot([1, 2, 3])
        let figure = try #require(plt.openFigure)
        #expect(figure.width == 6.4 && figure.height == 4.8 && figure.dpi == 100)
        #expect(figure.axes.count == 1)
        guard case let .line(line) = figure.axes[0].series[0] else {
            Issue.record("expected a line")
            return
        }
        #expect(line.x == [0, 1, 2])
        #expect(line.color == Color.cycle(0))
        #expect(line.width == 1.5 && line.style == .solid && line.marker == nil)
    }

    @Test func lineAndPatchCyclesAreSeparateAndSkipExplicitColours() throws {
        let plt = Pyplot()
        try plt.plot([1, 2])
        try plt.plot([1, 2], format: "r--")
        try plt.plot([1, 2])
        try plt.scatter([1], [1])
        let series = try #require(plt.openFigure?.axes[0].series)
        let colors = series.map { s -> Color? in
            switch s {
            case let .line(l): return l.color
            case let .scatter(p): return p.color
            default: return nil
            }
        }
        #expect(colors == [Color.cycle(0), Color(red: 1, green: 0, blue: 0), Color.cycle(1), Color.cycle(0)])
    }

    @Test func colourCyclesFollowMatplotlib() throws {
        // matplotlib 3.11: bar → C0, scatter → C1 (patch cycle), hist → C0, plot → C1 (line cycle), axhline → C0.
        let plt = Pyplot()
        try plt.bar(["a", "b"], [1, 2])
        try plt.scatter([0], [1])
        try plt.hist([1, 2])
        try plt.plot([1, 2])
        try plt.axhline(y: 0)
        let colors = try #require(plt.openFigure?.axes[0].series).map { s -> Color in
            switch s {
            case let .line(l): return l.color
            case let .scatter(p): return p.color
            case let .bars(b): return b.color
            case let .reference(r): return r.color
            default: return .black
            }
        }
        #expect(colors == [0, 1, 0, 1, 0].map(Color.cycle))
    }

    @Test func formatStringWithOnlyAMarkerDrawsNoLine() throws {
        let plt = Pyplot()
        try plt.plot([1, 2], [3, 4], format: "go")
        guard case let .line(line) = try #require(plt.openFigure?.axes[0].series.first) else {
            Issue.record("expected a line")
            return
        }
        #expect(line.style == LineStyle.none && line.marker == .circle)
        #expect(line.color == Color(red: 0, green: 0.5, blue: 0))
    }

    @Test func subplotReusesAnExistingPosition() throws {
        let plt = Pyplot()
        try plt.figure(figsize: (12, 4))
        try plt.subplot(1, 2, 1)
        plt.title("left")
        try plt.subplot(1, 2, 2)
        try plt.subplot(1, 2, 1)
        plt.xlabel("x")
        let axes = try #require(plt.openFigure?.axes)
        #expect(axes.count == 2)
        #expect(axes[0].title == "left" && axes[0].xlabel == "x")
        #expect((axes[1].row, axes[1].column) == (0, 1))
    }

    @Test func showRendersAndStartsANewFigure() throws {
        let plt = Pyplot()
        #expect(try plt.show().isEmpty)
        try plt.plot([1, 4, 9])
        let shown = try plt.show()
        #expect(shown.count == 1)
        #expect(shown.first.map { Array($0.png.prefix(8)) } == [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
        #expect(plt.openFigure == nil)
        #expect(try plt.show().isEmpty)
    }

    @Test func figuresStayOpenUntilShownAndEmptyOnesAreSkipped() throws {
        let plt = Pyplot()
        try plt.figure()
        try plt.figure(figsize: (3, 2))
        try plt.plot([1, 2])
        try plt.figure(figsize: (4, 2))
        plt.title("second")
        try plt.figure()
        let shown = try plt.show()
        #expect(shown.count == 2)
        #expect(shown[0].width < shown[1].width)
        #expect(plt.openFigure == nil && plt.earlierFigures.isEmpty)
    }

    @Test func errorsHaveClearMessages() {
        let plt = Pyplot()
        #expect(throws: PlotError.lengthMismatch(function: "plot", xCount: 100, yCount: 99)) {
            try plt.plot(Array(repeating: 0, count: 100), Array(repeating: 0, count: 99))
        }
        #expect(PlotError.lengthMismatch(function: "plot", xCount: 100, yCount: 99).description
            == "plot: x has 100 values but y has 99")
        #expect(throws: PlotError.badSubplot(rows: 1, cols: 2, index: 3)) { try plt.subplot(1, 2, 3) }
        #expect(PlotError.badSubplot(rows: 1, cols: 2, index: 3).description
            == "subplot: index 3 is out of range 1...2 for a 1x2 grid")
        #expect(throws: PlotError.badSubplot(rows: 0, cols: 2, index: 1)) { try plt.subplot(0, 2, 1) }
        #expect(throws: PlotError.badSubplot(rows: Int.max, cols: Int.max, index: 1)) {
            try plt.subplot(Int.max, Int.max, 1)
        }
        #expect(throws: PlotError.unknownFormat("r-z")) { try plt.plot([1], format: "r-z") }
        #expect(throws: PlotError.unknownFormat("rg")) { try plt.plot([1], format: "rg") }
        #expect(throws: PlotError.unknownColor("blurple")) { try plt.plot([1], color: "blurple") }
        #expect(throws: PlotError.unknownLineStyle("~~")) { try plt.axhline(y: 0, linestyle: "~~") }
        #expect(throws: PlotError.unknownLegendLocation("top")) { try plt.legend(loc: "top") }
        #expect(throws: PlotError.self) { try plt.hist([1, 2], bins: 0) }
        #expect(throws: PlotError.self) { try plt.scatter([1], [1], alpha: 1.5) }
        #expect(throws: PlotError.self) { try plt.scatter([1], [1], s: -.infinity) }
        #expect(throws: PlotError.self) { try plt.plot([1], linewidth: .nan) }
        #expect(throws: PlotError.self) { try plt.xlim(.nan, 1) }
        #expect(throws: PlotError.self) { try plt.figure(figsize: (0, 4)) }
        #expect(throws: PlotError.self) { try plt.figure(figsize: (1e9, 4)) }
        #expect(throws: PlotError.self) { try plt.figure(figsize: (150, 150)) }
        #expect(throws: PlotError.self) { try plt.figure(dpi: .infinity) }
        #expect(throws: PlotError.self) { try plt.bar(["a", "b"], [1]) }
    }

    @Test func awkwardDataRendersWithoutTrapping() throws {
        let plt = Pyplot()
        try plt.subplot(2, 3, 1)
        try plt.plot([])
        try plt.subplot(2, 3, 2)
        try plt.plot([1, .nan, 3, .infinity, 5], format: "o-")
        try plt.subplot(2, 3, 3)
        try plt.scatter([.nan, .nan], [.nan, .nan], label: "nothing")
        try plt.legend()
        try plt.subplot(2, 3, 4)
        try plt.plot([-1e308, 1e308], [1e-300, 1e308])
        try plt.subplot(2, 3, 5)
        try plt.hist([.nan, .infinity])
        try plt.axhline(y: .nan)
        try plt.subplot(2, 3, 6)
        try plt.plot([7, 7, 7])
        try plt.ylim(3, 3)
        try plt.xlim(10, -10)
        plt.tightLayout()
        let rendered = try #require(try plt.show().first)
        #expect(rendered.width > 100 && rendered.height > 100)
    }
}

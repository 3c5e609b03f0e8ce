import Testing
@testable import Plotting

/// Where an axes' texts go, checked against matplotlib 3.11's window extents on a default 6.4x4.8 in figure
/// (axes frame 80, 57.6 – 576, 427.2 px).
struct AxesLayoutTests {
    static func layout(_ configure: (inout Axes) -> Void) -> AxesLayout {
        var axes = Axes(rows: 1, cols: 1, index: 1)
        axes.series = [.line(LineSeries(x: [0, 1], y: [0, 1], color: .black, width: 1.5, style: .solid))]
        configure(&axes)
        let frame = PlotStyle.defaultSubplotParams.frame(row: 0, column: 0, rows: 1, cols: 1, width: 640, height: 480)
        return AxesLayout(axes: axes, frame: frame, style: PlotStyle(pointScale: 100.0 / 72), measurer: CairoTextMeasurer())
    }

    static func expectClose(_ r: Rect?, _ want: (Double, Double, Double, Double), horizontalSlack: Double = 2) {
        guard let r else {
            Issue.record("missing text")
            return
        }
        #expect(abs(r.minX - want.0) < horizontalSlack && abs(r.maxX - want.2) < horizontalSlack, "x: \(r) vs \(want)")
        #expect(abs(r.minY - want.1) < 0.5, "y: \(r) vs \(want)")
        #expect(abs(r.maxY - want.3) < 0.5, "y: \(r) vs \(want)")
    }

    @Test func defaultFrameMatchesMatplotlib() {
        let layout = Self.layout { _ in }
        let f = layout.frame
        #expect(abs(f.minX - 80) < 1e-9 && abs(f.minY - 57.6) < 1e-9 && abs(f.maxX - 576) < 1e-9 && abs(f.maxY - 427.2) < 1e-9)
        #expect(layout.xTicks.map(\.label?.text) == ["0.0", "0.2", "0.4", "0.6", "0.8", "1.0"])
        #expect(layout.yTicks.first?.label?.text == "0.0")
    }

    @Test func multiLineTextsMatchMatplotlib() {
        let layout = Self.layout { axes in
            axes.title = "Training\nloss"
            axes.ylabel = "first line\nsecond"
            axes.xlabel = "x\n(seconds)"
        }
        Self.expectClose(layout.title?.bounds, (294.23, 14.26, 361.77, 54.94))
        Self.expectClose(layout.xlabel?.bounds, (294.0, 456.37, 362.0, 490.15))
        // Rotated: matplotlib's extent of the y label, with its two lines side by side.
        let y = layout.ylabel?.bounds
        #expect(y.map { abs($0.minX - 8.49) < 0.5 && abs($0.maxX - 42.72) < 0.5 } == true, "\(String(describing: y))")
        #expect(y.map { abs($0.minY - 213.9) < 2 && abs($0.maxY - 270.9) < 2 } == true, "\(String(describing: y))")
        #expect(layout.title?.lines.map(\.text) == ["Training", "loss"])
        // Centred lines: the shorter second line starts further right.
        let origins = layout.title?.lines.map(\.origin.x) ?? []
        #expect(origins.count == 2 && origins[1] > origins[0])
    }

    @Test func offsetTextLiftsTheTitle() {
        let title = String(repeating: "a wide title ", count: 6)
        let plain = Self.layout { $0.title = title }
        let lifted = Self.layout { axes in
            axes.title = title
            axes.series = [.line(LineSeries(x: [0, 1], y: [1e6, 3e6], color: .black, width: 1.5, style: .solid))]
        }
        #expect(lifted.yOffsetText?.text == "1e6")
        #expect((lifted.title?.bounds.maxY ?? 0) < (plain.title?.bounds.maxY ?? 0))
    }

    @Test func categoriesLabelTheBars() {
        let layout = Self.layout { axes in
            axes.series = [.bars(BarSeries(lefts: [-0.4, 0.6], widths: [0.8, 0.8], heights: [1, 2], color: .black))]
            axes.categories = ["cats", "dogs"]
        }
        #expect(layout.xTicks.map(\.value) == [0, 1])
        #expect(layout.xTicks.map(\.label?.text) == ["cats", "dogs"])
    }
}

import Testing
@testable import Plotting

/// View limits: 5% margins, sticky bar bottoms, explicit limits and degenerate data.
struct AutoscaleTests {
    @Test func addsFivePercentMargins() {
        var axes = Axes(rows: 1, cols: 1, index: 1)
        axes.series = [.line(LineSeries(x: [0, 99], y: [0, 10], color: .black, width: 1.5, style: .solid))]
        #expect(Autoscale.xView(of: axes) == Interval(lower: -4.95, upper: 103.95))
        #expect(Autoscale.yView(of: axes) == Interval(lower: -0.5, upper: 10.5))
    }

    @Test func barsStandOnZeroWithoutMargin() {
        var axes = Axes(rows: 1, cols: 1, index: 1)
        axes.series = [.bars(BarSeries(lefts: [-0.4, 0.6], widths: [0.8, 0.8], heights: [2, 4], color: .black))]
        let y = Autoscale.yView(of: axes)
        #expect(y.lower == 0)
        #expect(abs(y.upper - 4.2) < 1e-12)
        #expect(Autoscale.xView(of: axes).lower < -0.4)
    }

    @Test func referenceLinesOnlyWidenTheirOwnAxis() {
        var axes = Axes(rows: 1, cols: 1, index: 1)
        axes.series = [
            .line(LineSeries(x: [0, 1], y: [0, 1], color: .black, width: 1.5, style: .solid)),
            .reference(ReferenceLine(orientation: .horizontal, value: 3, color: .black, width: 1.5, style: .dashed)),
        ]
        #expect(Autoscale.xView(of: axes) == Interval(lower: -0.05, upper: 1.05))
        #expect(abs(Autoscale.yView(of: axes).upper - 3.15) < 1e-12)
    }

    @Test func emptyConstantAndNonFiniteData() {
        var axes = Axes(rows: 1, cols: 1, index: 1)
        #expect(Autoscale.xView(of: axes) == Interval(lower: 0, upper: 1))
        axes.series = [.line(LineSeries(x: [2, .nan, 2], y: [5, 1, .infinity], color: .black, width: 1.5, style: .solid))]
        let x = Autoscale.xView(of: axes)
        // Only (2, 5) is finite: matplotlib widens the single value by 5% of itself, then adds margins.
        #expect(abs(x.lower - 1.89) < 1e-12 && abs(x.upper - 2.11) < 1e-12)
    }

    @Test func explicitLimitsWinAndMayBeInverted() {
        var axes = Axes(rows: 1, cols: 1, index: 1)
        axes.xlim = Interval(lower: 10, upper: -10)
        #expect(Autoscale.xView(of: axes) == Interval(lower: 10, upper: -10))
    }
}

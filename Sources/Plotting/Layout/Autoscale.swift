import Foundation

/// matplotlib's autoscaling: the data range of all series, widened by 5% margins that stop at sticky
/// edges (bars stand on y = 0 without a gap below).
enum Autoscale {
    /// matplotlib's `axes.xmargin` / `axes.ymargin`.
    static let margin = 0.05

    /// The x view interval of an axes: its `xlim` or the autoscaled data range.
    static func xView(of axes: Axes) -> Interval {
        if let xlim = axes.xlim { return xlim }
        var range = DataRange(positiveOnly: axes.xLog)
        var sticky: [Double] = []
        for series in axes.series {
            switch series {
            case let .line(s): range.add(pairs: s.x, s.y, takeFirst: true)
            case let .scatter(s): range.add(pairs: s.x, s.y, takeFirst: true)
            case let .bars(s):
                for (left, width) in zip(s.lefts, s.widths) { range.add(left); range.add(left + width) }
            case let .reference(r):
                if r.orientation == .vertical { range.add(r.value) }
            case let .image(image):
                // An image's extent is sticky: no margin beyond its outer cell edges.
                range.add(-0.5)
                range.add(Double(image.values.cols) - 0.5)
                sticky += [-0.5, Double(image.values.cols) - 0.5]
            case let .contour(c):
                sticky += c.x.values.filter(\.isFinite).extremes(into: &range)
            case let .fill(f):
                for v in f.x { range.add(v) }
            case let .errorBars(e):
                for v in e.x { range.add(v) }
            case .text:
                break
            }
        }
        return axes.xLog ? logView(range) : view(range, sticky: sticky)
    }

    /// The y view interval of an axes: its `ylim` or the autoscaled data range.
    static func yView(of axes: Axes) -> Interval {
        if let ylim = axes.ylim { return ylim }
        var range = DataRange(positiveOnly: axes.yLog)
        var sticky: [Double] = []
        for series in axes.series {
            switch series {
            case let .line(s): range.add(pairs: s.x, s.y, takeFirst: false)
            case let .scatter(s): range.add(pairs: s.x, s.y, takeFirst: false)
            case let .bars(s):
                for h in s.heights where h.isFinite { range.add(0); range.add(h) }
                sticky.append(0)
            case let .reference(r):
                if r.orientation == .horizontal { range.add(r.value) }
            case let .image(image):
                range.add(-0.5)
                range.add(Double(image.values.rows) - 0.5)
                sticky += [-0.5, Double(image.values.rows) - 0.5]
            case let .contour(c):
                // matplotlib autoscales a contour set tightly to its grid.
                sticky += c.y.values.filter(\.isFinite).extremes(into: &range)
            case let .fill(f):
                for v in f.lower + f.upper { range.add(v) }
            case let .errorBars(e):
                for i in e.y.indices { range.add(e.y[i] - e.yerr[i]); range.add(e.y[i] + e.yerr[i]) }
            case .text:
                break
            }
        }
        let v = axes.yLog ? logView(range) : view(range, sticky: sticky)
        return axes.yInverted ? Interval(lower: v.upper, upper: v.lower) : v
    }

    /// The margins of a log axis, taken in log space; an empty axes gets matplotlib's 1...10 and a
    /// single value the decade either side.
    static func logView(_ range: DataRange) -> Interval {
        guard let low = range.low, let high = range.high else { return Interval(lower: 1, upper: 10) }
        var a = log10(low)
        var b = log10(high)
        if a == b {
            a -= 1
            b += 1
        }
        let delta = (b - a) * margin
        return Interval(lower: pow(10, a - delta), upper: pow(10, b + delta))
    }

    /// Widens a data range by the margins, or gives matplotlib's 0...1 for an empty axes.
    static func view(_ range: DataRange, sticky: [Double]) -> Interval {
        guard let low = range.low, let high = range.high else { return Interval(lower: 0, upper: 1) }
        // Clamping keeps the span and the margins finite for data near Double's limits.
        let (x0, x1) = TickLocator.nonsingular(max(low, -1e300), min(high, 1e300), expander: 0.05)
        let delta = (x1 - x0) * margin
        var lower = x0 - delta
        var upper = x1 + delta
        // A sticky edge at or beyond the data end stops the margin there.
        if let bound = sticky.filter({ $0 <= x0 }).max(), lower < bound { lower = bound }
        if let bound = sticky.filter({ $0 >= x1 }).min(), upper > bound { upper = bound }
        return Interval(lower: lower, upper: upper)
    }
}

extension [Double] {
    /// Adds the smallest and largest values to `range` and returns them (nothing when empty).
    func extremes(into range: inout DataRange) -> [Double] {
        guard let low = self.min(), let high = self.max() else { return [] }
        range.add(low)
        range.add(high)
        return [low, high]
    }
}

/// The smallest and largest finite values seen.
struct DataRange {
    var low: Double?
    var high: Double?
    /// Only positive values count (a log axis).
    var positiveOnly = false

    mutating func add(_ v: Double) {
        guard v.isFinite, !positiveOnly || v > 0 else { return }
        low = min(low ?? v, v)
        high = max(high ?? v, v)
    }

    /// Adds one coordinate of each point whose x and y are both finite (matplotlib drops the others).
    mutating func add(pairs x: [Double], _ y: [Double], takeFirst: Bool) {
        for (a, b) in zip(x, y) where a.isFinite && b.isFinite {
            add(takeFirst ? a : b)
        }
    }
}

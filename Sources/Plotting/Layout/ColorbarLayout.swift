/// A colour bar beside its axes: where the bar goes, its ticks on the right and the labels' box.
///
/// Follows matplotlib's `make_axes_gridspec` for a vertical bar: the subplot's cell is split into the
/// axes and the bar's cell (`fraction` 0.15, `pad` 0.05), and the bar is 20 times as tall as wide
/// (`aspect` 20), at the left of its cell and centred vertically.
struct ColorbarLayout: Equatable {
    var mappable: Mappable
    /// The bar itself in pixels.
    var frame: Rect
    /// The data range from bottom to top.
    var range: Interval
    var ticks: [AxisTick]
    /// The bar and its labels.
    var bounds: Rect

    static let fraction = 0.15
    static let pad = 0.05
    static let aspect = 20.0

    /// Splits a subplot's cell into the axes' part and the colour bar's cell, as a 1x2 sub-grid with width
    /// ratios `1 - fraction - pad` and `fraction` and a gap of `2 pad / (1 - pad)` mean cells.
    static func split(_ cell: Rect) -> (axes: Rect, bar: Rect) {
        let gap = 2 * pad / (1 - pad)
        let mean = cell.width / (2 + gap)
        let ratios = [1 - fraction - pad, fraction]
        let total = ratios.reduce(0, +)
        let axesWidth = 2 * mean * ratios[0] / total
        let barWidth = 2 * mean * ratios[1] / total
        let axes = Rect(x: cell.minX, y: cell.minY, width: axesWidth, height: cell.height)
        let bar = Rect(x: cell.minX + axesWidth + gap * mean, y: cell.minY, width: barWidth, height: cell.height)
        return (axes, bar)
    }

    /// Lays out the bar for `mappable` in its cell.
    init(mappable: Mappable, cell: Rect, style: PlotStyle, measurer: TextMeasurer) {
        self.mappable = mappable
        var width = cell.height / Self.aspect
        var height = cell.height
        if width > cell.width {
            width = cell.width
            height = width * Self.aspect
        }
        frame = Rect(x: cell.minX, y: cell.minY + (cell.height - height) / 2, width: width, height: height)
        let low = mappable.levels?.first ?? mappable.norm.vmin
        let high = mappable.levels?.last ?? mappable.norm.vmax
        let (a, b) = low == high ? TickLocator.nonsingular(low, high, expander: 0.1) : (low, high)
        range = Interval(lower: a, upper: b)
        let values: [(Double, String)]
        if let levels = mappable.levels {
            let locs = Self.fixedTicks(levels, bins: 10)
            let formatter = TickFormatter(locs: locs, view: range.minimum...range.maximum)
            values = Array(zip(locs, formatter.labels))
        } else {
            values = AxesLayout.ticks(
                view: range, lengthInPoints: frame.height / style.pointScale, horizontal: false, categories: nil).values
        }
        bounds = frame
        let labelLeft = frame.maxX + style.tickLabelGap
        ticks = []
        for (value, label) in values where range.containsClose(value) {
            let position = y(value)
            let text = label.isEmpty ? nil : PlacedText(
                TextBox(label, size: style.fontSize, measurer: measurer),
                anchor: Point(x: labelLeft, y: position), h: .left, v: .centerBaseline)
            if let text { bounds = bounds.union(text.bounds) }
            ticks.append(AxisTick(value: value, position: position, label: text))
        }
    }

    /// Data value to pixel y along the bar.
    func y(_ v: Double) -> Double {
        frame.maxY - (v - range.lower) / range.span * frame.height
    }

    /// matplotlib's `FixedLocator(levels, nbins)`: every k-th level so that at most `bins` remain, starting
    /// where the ticks come closest to zero.
    static func fixedTicks(_ levels: [Double], bins: Int) -> [Double] {
        let step = max(1, (levels.count + bins - 1) / bins)
        var ticks = Swift.stride(from: 0, to: levels.count, by: step).map { levels[$0] }
        for start in 1..<max(step, 1) {
            let shifted = Swift.stride(from: start, to: levels.count, by: step).map { levels[$0] }
            if let a = shifted.map(abs).min(), let b = ticks.map(abs).min(), a < b { ticks = shifted }
        }
        return ticks
    }
}

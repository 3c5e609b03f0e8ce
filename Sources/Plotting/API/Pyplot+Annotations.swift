extension Pyplot {
    /// Writes `s` with its baseline's left end at the data point (x, y) (matplotlib's `plt.text`, 10 pt black).
    /// - Throws: `PlotError.invalidArgument` for a non-finite position.
    public func text(_ x: Double, _ y: Double, _ s: String) throws(PlotError) {
        try addText(x, y, s, function: "text")
    }

    /// Writes `s` at `xytext`, or at `xy` when no `xytext` is given, in data coordinates (matplotlib's
    /// `plt.annotate` without `arrowprops`, which draws no arrow).
    /// - Throws: `PlotError.invalidArgument` for a non-finite position.
    public func annotate(_ s: String, xy: (Double, Double), xytext: (Double, Double)? = nil) throws(PlotError) {
        let (x, y) = xytext ?? xy
        try addText(x, y, s, function: "annotate")
    }

    private func addText(_ x: Double, _ y: Double, _ s: String, function: String) throws(PlotError) {
        guard x.isFinite, y.isFinite else {
            throw .invalidArgument(function: function, message: "the position must be finite, got (\(x), \(y))")
        }
        try withCurrentAxes { (axes: inout Axes) throws(PlotError) in axes.series.append(.text(TextSeries(x: x, y: y, text: s))) }
    }

    /// Fills the area between `lower` and `upper` over `x` (matplotlib's `plt.fill_between`); the colour
    /// comes from the patch cycle unless given, and no edge is drawn.
    /// - Throws: `PlotError` for mismatched lengths, a bad colour or alpha.
    public func fillBetween(
        _ x: [Double], _ lower: [Double], _ upper: [Double], color: String? = nil, alpha: Double? = nil, label: String? = nil
    ) throws(PlotError) {
        guard x.count == lower.count, x.count == upper.count else {
            throw .invalidArgument(
                function: "fillBetween", message: "x has \(x.count) values but the bounds have \(lower.count) and \(upper.count)")
        }
        let opacity = try Self.validAlpha(alpha, function: "fillBetween")
        let explicitColor = try color.map(Color.parse)
        try withCurrentAxes { (axes: inout Axes) throws(PlotError) in
            let base = explicitColor ?? axes.nextPatchColor()
            axes.series.append(.fill(FillSeries(
                x: x, lower: lower, upper: upper, color: base.withAlpha(base.alpha * opacity), label: label)))
        }
    }

    /// Plots `y` against `x` joined by a line, with a vertical bar of half-length `yerr[i]` at each point
    /// (matplotlib's `plt.errorbar`: the next line colour, no caps).
    /// - Throws: `PlotError` for mismatched lengths, negative errors, a bad colour or width.
    public func errorbar(
        _ x: [Double], _ y: [Double], yerr: [Double], color: String? = nil, linewidth: Double? = nil, label: String? = nil
    ) throws(PlotError) {
        guard x.count == y.count else { throw .lengthMismatch(function: "errorbar", xCount: x.count, yCount: y.count) }
        guard yerr.count == y.count || yerr.count == 1 else {
            throw .invalidArgument(function: "errorbar", message: "yerr has \(yerr.count) values but y has \(y.count)")
        }
        guard yerr.allSatisfy({ !($0 < 0) }) else {
            throw .invalidArgument(function: "errorbar", message: "yerr must not contain negative values")
        }
        let errors = yerr.count == y.count ? yerr : Array(repeating: yerr[0], count: y.count)
        let explicitColor = try color.map(Color.parse)
        let width = try Self.validWidth(linewidth, function: "errorbar")
        try withCurrentAxes { (axes: inout Axes) throws(PlotError) in
            let lineColor = explicitColor ?? axes.nextLineColor()
            axes.series.append(.line(LineSeries(
                x: x, y: y, color: lineColor, width: width, style: .solid, marker: nil, label: label, hasErrorBars: true)))
            axes.series.append(.errorBars(ErrorBarSeries(x: x, y: y, yerr: errors, color: lineColor, width: width)))
        }
    }
}

extension Pyplot {
    /// Plots `y` against 0, 1, 2, ... (matplotlib's `plt.plot(y)`).
    /// - Parameters:
    ///   - format: colour letter, line style and marker, e.g. `"r--"` or `"go"`.
    ///   - label: legend text.
    ///   - linewidth: in points (default 1.5).
    ///   - color: overrides the format's colour: a letter, `"C0"`...`"C9"`, a name or `#rrggbb`.
    ///   - linestyle: overrides the format's line style: `-`, `--`, `:`, `-.`.
    /// - Throws: `PlotError` for a bad format, colour, style or width.
    public func plot(
        _ y: [Double], format: String? = nil, label: String? = nil, linewidth: Double? = nil,
        color: String? = nil, linestyle: String? = nil
    ) throws(PlotError) {
        let x = (0..<y.count).map(Double.init)
        try plot(x, y, format: format, label: label, linewidth: linewidth, color: color, linestyle: linestyle)
    }

    /// Plots `y` against `x` (matplotlib's `plt.plot(x, y, fmt)`); non-finite points leave gaps.
    /// - Throws: `PlotError.lengthMismatch` when x and y differ in length, or a parse error as above.
    public func plot(
        _ x: [Double], _ y: [Double], format: String? = nil, label: String? = nil, linewidth: Double? = nil,
        color: String? = nil, linestyle: String? = nil
    ) throws(PlotError) {
        guard x.count == y.count else { throw .lengthMismatch(function: "plot", xCount: x.count, yCount: y.count) }
        let fmt = try format.map(FormatString.parse) ?? FormatString()
        let explicitColor = try color.map(Color.parse) ?? fmt.color
        let style = try linestyle.map(LineStyle.parse) ?? fmt.lineStyle ?? (fmt.marker == nil ? .solid : LineStyle.none)
        let width = try Self.validWidth(linewidth, function: "plot")
        try withCurrentAxes { (axes: inout Axes) throws(PlotError) in
            // The cycle advances only when no colour was given, as in matplotlib.
            let lineColor = explicitColor ?? axes.nextLineColor()
            axes.series.append(.line(LineSeries(
                x: x, y: y, color: lineColor, width: width, style: style, marker: fmt.marker, label: label)))
        }
    }

    /// Draws filled circles at (x, y) (matplotlib's `plt.scatter`).
    /// - Parameters:
    ///   - s: marker area in pt² (default 36, a 6 pt disc).
    ///   - color: marker colour (default: next colour of the patch cycle).
    ///   - alpha: opacity 0...1.
    ///   - label: legend text.
    /// - Throws: `PlotError` for mismatched lengths or bad arguments.
    public func scatter(
        _ x: [Double], _ y: [Double], s: Double? = nil, color: String? = nil, alpha: Double? = nil, label: String? = nil
    ) throws(PlotError) {
        guard x.count == y.count else { throw .lengthMismatch(function: "scatter", xCount: x.count, yCount: y.count) }
        if let s, !(s.isFinite && s >= 0 && s <= 1e6) {
            throw .invalidArgument(function: "scatter", message: "s must be a marker area in pt² between 0 and 1e6, got \(s)")
        }
        let opacity = try Self.validAlpha(alpha, function: "scatter")
        let explicitColor = try color.map(Color.parse)
        try withCurrentAxes { (axes: inout Axes) throws(PlotError) in
            let base = explicitColor ?? axes.nextPatchColor()
            axes.series.append(.scatter(ScatterSeries(
                x: x, y: y, color: base.withAlpha(base.alpha * opacity), area: s ?? 36, label: label)))
        }
    }

    /// Draws a histogram of the finite values in `bins` equal-width bins (matplotlib's `plt.hist`; default
    /// colour: next of the line cycle).
    /// - Throws: `PlotError.invalidArgument` when `bins` is outside 1...10000, or a bad colour or alpha.
    public func hist(
        _ values: [Double], bins: Int = 10, color: String? = nil, alpha: Double? = nil, label: String? = nil
    ) throws(PlotError) {
        guard bins >= 1, bins <= 10_000 else {
            throw .invalidArgument(function: "hist", message: "bins must be between 1 and 10000, got \(bins)")
        }
        let opacity = try Self.validAlpha(alpha, function: "hist")
        let explicitColor = try color.map(Color.parse)
        let histogram = Histogram(values: values, bins: bins)
        try withCurrentAxes { (axes: inout Axes) throws(PlotError) in
            // matplotlib's hist takes its colour from the line cycle, unlike bar and scatter.
            let base = explicitColor ?? axes.nextLineColor()
            axes.series.append(.bars(BarSeries(
                lefts: Array(histogram.edges.dropLast()),
                widths: zip(histogram.edges.dropFirst(), histogram.edges).map { $0 - $1 },
                heights: histogram.counts, color: base.withAlpha(base.alpha * opacity), label: label)))
        }
    }

    /// Draws one bar per category, 0.8 wide, with the category names as x tick labels (matplotlib's `plt.bar`).
    /// - Throws: `PlotError.invalidArgument` when labels and heights differ in number, or a bad colour or alpha.
    public func bar(
        _ labels: [String], _ heights: [Double], color: String? = nil, alpha: Double? = nil, label: String? = nil
    ) throws(PlotError) {
        guard labels.count == heights.count else {
            throw .invalidArgument(function: "bar", message: "\(labels.count) labels but \(heights.count) heights")
        }
        let opacity = try Self.validAlpha(alpha, function: "bar")
        let explicitColor = try color.map(Color.parse)
        try withCurrentAxes { (axes: inout Axes) throws(PlotError) in
            var categories = axes.categories ?? []
            let positions = labels.map { name -> Double in
                if let i = categories.firstIndex(of: name) { return Double(i) }
                categories.append(name)
                return Double(categories.count - 1)
            }
            axes.categories = categories
            let base = explicitColor ?? axes.nextPatchColor()
            axes.series.append(.bars(BarSeries(
                lefts: positions.map { $0 - 0.4 }, widths: Array(repeating: 0.8, count: labels.count),
                heights: heights, color: base.withAlpha(base.alpha * opacity), label: label)))
        }
    }

    /// Draws a horizontal line across the axes at `y` (matplotlib's `plt.axhline`; default colour C0).
    /// - Throws: `PlotError` for a bad colour, style or width.
    public func axhline(
        y: Double, color: String? = nil, linestyle: String? = nil, linewidth: Double? = nil, label: String? = nil
    ) throws(PlotError) {
        try addReference(.horizontal, value: y, color: color, linestyle: linestyle, linewidth: linewidth, label: label, function: "axhline")
    }

    /// Draws a vertical line across the axes at `x` (matplotlib's `plt.axvline`; default colour C0).
    /// - Throws: `PlotError` for a bad colour, style or width.
    public func axvline(
        x: Double, color: String? = nil, linestyle: String? = nil, linewidth: Double? = nil, label: String? = nil
    ) throws(PlotError) {
        try addReference(.vertical, value: x, color: color, linestyle: linestyle, linewidth: linewidth, label: label, function: "axvline")
    }

    private func addReference(
        _ orientation: ReferenceLine.Orientation, value: Double, color: String?, linestyle: String?,
        linewidth: Double?, label: String?, function: String
    ) throws(PlotError) {
        let line = ReferenceLine(
            orientation: orientation, value: value, color: try color.map(Color.parse) ?? Color.cycle(0),
            width: try Self.validWidth(linewidth, function: function),
            style: try linestyle.map(LineStyle.parse) ?? .solid, label: label)
        try withCurrentAxes { (axes: inout Axes) throws(PlotError) in axes.series.append(.reference(line)) }
    }

    static func validWidth(_ width: Double?, function: String) throws(PlotError) -> Double {
        guard let width else { return 1.5 }
        guard width.isFinite, width >= 0, width <= 100 else {
            throw .invalidArgument(function: function, message: "linewidth must be between 0 and 100 points, got \(width)")
        }
        return width
    }

    static func validAlpha(_ alpha: Double?, function: String) throws(PlotError) -> Double {
        guard let alpha else { return 1 }
        guard alpha.isFinite, alpha >= 0, alpha <= 1 else {
            throw .invalidArgument(function: function, message: "alpha must be between 0 and 1, got \(alpha)")
        }
        return alpha
    }
}

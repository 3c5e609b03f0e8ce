extension Pyplot {
    /// Draws points coloured by value (matplotlib's `plt.scatter(x, y, c=values, cmap=…)`): each value is
    /// normalised over the min–max of `c` and looked up in the colormap (default `viridis`).
    /// - Throws: `PlotError` for mismatched lengths, an unknown colormap or a bad size or alpha.
    public func scatter(
        _ x: [Double], _ y: [Double], c: [Double], cmap: String? = nil, s: Double? = nil, alpha: Double? = nil,
        label: String? = nil
    ) throws(PlotError) {
        guard c.count == x.count else {
            throw .invalidArgument(function: "scatter", message: "c has \(c.count) values but x has \(x.count)")
        }
        let colormap = try cmap.map { name throws(PlotError) in try Colormap.named(name, function: "scatter") } ?? .viridis
        let opacity = try Self.validAlpha(alpha, function: "scatter")
        let norm = ColorNorm(autoscaling: c)
        let colors = c.map { colormap.color(norm($0)).withAlpha(opacity) }
        try scatter(x, y, s: s, color: "C0", alpha: alpha, label: label)
        try withCurrentAxes { (axes: inout Axes) throws(PlotError) in
            guard case var .scatter(series) = axes.series.removeLast() else { return }
            series.colors = colors
            series.color = colors.first ?? series.color
            axes.series.append(.scatter(series))
            axes.lastMappable = Mappable(cmap: colormap, norm: norm, levels: nil, filled: true, alpha: opacity, linewidth: 0)
        }
    }

    /// Shows a 2-D array as an image (matplotlib's `plt.imshow`): row 0 at the top, square cells, each
    /// cell filled with its colour (nearest neighbour), colour limits from the data.
    /// - Parameter cmap: colormap name (default `viridis`).
    /// - Throws: `PlotError.invalidArgument` for an unknown colormap.
    public func imshow(_ image: Grid, cmap: String? = nil) throws(PlotError) {
        let colormap = try cmap.map { name throws(PlotError) in try Colormap.named(name, function: "imshow") } ?? .viridis
        let norm = ColorNorm(autoscaling: image.values)
        try withCurrentAxes { (axes: inout Axes) throws(PlotError) in
            axes.series.append(.image(ImageSeries(values: image, cmap: colormap, norm: norm)))
            axes.equalAspect = true
            axes.yInverted = true
            axes.lastMappable = Mappable(cmap: colormap, norm: norm, levels: nil, filled: true, alpha: 1, linewidth: 0)
        }
    }

    /// Draws contour lines (matplotlib's `plt.contour`) or filled bands between them (`plt.contourf`).
    /// - Parameters:
    ///   - x, y: the coordinates of each value, or nil for column and row indices.
    ///   - z: the values, with the same shape as `x` and `y`.
    ///   - levels: explicit increasing levels, or nil to choose about `count` nice ones like matplotlib.
    ///   - cmap: colormap name (default `viridis`); lines and bands are coloured over the levels' range.
    ///   - alpha: opacity of the lines or bands.
    ///   - linewidth: line width in points of line contours (default 1.5).
    /// - Throws: `PlotError.invalidArgument` for mismatched shapes, a grid smaller than 2x2 or bad levels.
    public func contour(
        x: Grid?, y: Grid?, z: Grid, levels: [Double]? = nil, count: Int = 7, filled: Bool, cmap: String? = nil,
        alpha: Double? = nil, linewidth: Double? = nil
    ) throws(PlotError) {
        let function = filled ? "contourf" : "contour"
        guard z.rows >= 2, z.cols >= 2 else {
            throw .invalidArgument(function: function, message: "z must be at least 2x2, got \(z.rows)x\(z.cols)")
        }
        let columns = try Grid(rows: z.rows, cols: z.cols, values: (0..<z.values.count).map { Double($0 % z.cols) })
        let rows = try Grid(rows: z.rows, cols: z.cols, values: (0..<z.values.count).map { Double($0 / z.cols) })
        let xs = x ?? columns
        let ys = y ?? rows
        guard xs.sameShape(z), ys.sameShape(z) else {
            throw .invalidArgument(
                function: function,
                message: "x, y and z must have the same shape, got \(xs.rows)x\(xs.cols), \(ys.rows)x\(ys.cols) and \(z.rows)x\(z.cols)")
        }
        let resolved = try ContourLevels.resolve(requested: levels, count: count, z: z, filled: filled, function: function)
        let colormap = try cmap.map { name throws(PlotError) in try Colormap.named(name, function: function) } ?? .viridis
        let opacity = try Self.validAlpha(alpha, function: function)
        let width = try Self.validWidth(linewidth, function: function)
        let norm = ColorNorm(vmin: resolved[0], vmax: resolved[resolved.count - 1])
        let series = ContourSeries(
            x: xs, y: ys, z: z, levels: resolved, filled: filled, cmap: colormap, norm: norm, alpha: opacity, linewidth: width)
        try withCurrentAxes { (axes: inout Axes) throws(PlotError) in
            axes.series.append(.contour(series))
            axes.lastMappable = Mappable(
                cmap: colormap, norm: norm, levels: resolved, filled: filled, alpha: opacity, linewidth: width)
        }
    }

    /// Adds a colour bar beside the current axes for its last image, contour set or coloured scatter
    /// (matplotlib's `plt.colorbar()`, which takes its room from that axes).
    /// - Throws: `PlotError.invalidArgument` when the axes has nothing colour-mapped.
    public func colorbar() throws(PlotError) {
        try withCurrentAxes { (axes: inout Axes) throws(PlotError) in
            guard let mappable = axes.lastMappable else {
                throw .invalidArgument(
                    function: "colorbar",
                    message: "no image, contour set or scatter with c: to use for the colour bar (call imshow, contour, contourf or scatter(c:) first)")
            }
            axes.colorbar = mappable
        }
    }
}

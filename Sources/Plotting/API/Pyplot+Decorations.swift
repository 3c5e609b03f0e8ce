extension Pyplot {
    /// Sets the current axes' title (12 pt, centred above the axes).
    public func title(_ s: String) {
        withCurrentAxes { (axes: inout Axes) in axes.title = s }
    }

    /// Sets the current axes' x-axis label.
    public func xlabel(_ s: String) {
        withCurrentAxes { (axes: inout Axes) in axes.xlabel = s }
    }

    /// Sets the current axes' y-axis label (drawn rotated, reading upwards).
    public func ylabel(_ s: String) {
        withCurrentAxes { (axes: inout Axes) in axes.ylabel = s }
    }

    /// Shows a legend of the labeled series (matplotlib's `plt.legend(loc=...)`).
    /// - Parameter loc: `"best"` (default: the least crowded corner), `"upper right"`, `"lower left"`, ...
    /// - Throws: `PlotError.unknownLegendLocation` for an unknown location.
    public func legend(loc: String? = nil) throws(PlotError) {
        let location = try loc.map(LegendLocation.parse) ?? .best
        try withCurrentAxes { (axes: inout Axes) throws(PlotError) in axes.legend = location }
    }

    /// Turns the grid at the major ticks on or off.
    public func grid(_ on: Bool = true) {
        withCurrentAxes { (axes: inout Axes) in axes.grid = on }
    }

    /// Fixes the x view limits; `a > b` inverts the axis.
    /// - Throws: `PlotError.invalidArgument` for non-finite limits.
    public func xlim(_ a: Double, _ b: Double) throws(PlotError) {
        let limits = try Self.limits(a, b, function: "xlim")
        try withCurrentAxes { (axes: inout Axes) throws(PlotError) in axes.xlim = limits }
    }

    /// Fixes the y view limits; `a > b` inverts the axis.
    /// - Throws: `PlotError.invalidArgument` for non-finite limits.
    public func ylim(_ a: Double, _ b: Double) throws(PlotError) {
        let limits = try Self.limits(a, b, function: "ylim")
        try withCurrentAxes { (axes: inout Axes) throws(PlotError) in axes.ylim = limits }
    }

    /// Validates limits; equal ones are widened like matplotlib does (after its warning).
    private static func limits(_ a: Double, _ b: Double, function: String) throws(PlotError) -> Interval {
        guard a.isFinite, b.isFinite, abs(a) <= 1e300, abs(b) <= 1e300 else {
            throw .invalidArgument(function: function, message: "limits must be finite numbers, got (\(a), \(b))")
        }
        guard a != b else {
            let (low, high) = TickLocator.nonsingular(a, b, expander: 0.05)
            return Interval(lower: low, upper: high)
        }
        return Interval(lower: a, upper: b)
    }
}

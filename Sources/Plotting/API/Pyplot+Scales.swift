extension Pyplot {
    /// Sets the current axes' y scale (matplotlib's `plt.yscale`): `"log"` puts decade ticks labelled 10ᵏ and
    /// leaves values ≤ 0 out; `"linear"` is the default.
    /// - Throws: `PlotError.invalidArgument` for any other scale.
    public func yscale(_ scale: String) throws(PlotError) {
        let log = try Self.isLog(scale, "yscale")
        try withCurrentAxes { (axes: inout Axes) throws(PlotError) in axes.yLog = log }
    }

    /// Sets the current axes' x scale (matplotlib's `plt.xscale`), as `yscale` does for y.
    /// - Throws: `PlotError.invalidArgument` for a scale other than `"log"` or `"linear"`.
    public func xscale(_ scale: String) throws(PlotError) {
        let log = try Self.isLog(scale, "xscale")
        try withCurrentAxes { (axes: inout Axes) throws(PlotError) in axes.xLog = log }
    }

    /// Whether `scale` names the log scale.
    private static func isLog(_ scale: String, _ function: String) throws(PlotError) -> Bool {
        switch scale {
        case "log": return true
        case "linear": return false
        default: throw .invalidArgument(function: function, message: "unknown scale '\(scale)' (use 'linear' or 'log')")
        }
    }
}

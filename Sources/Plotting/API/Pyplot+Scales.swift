extension Pyplot {
    /// Sets the current axes' y scale (matplotlib's `plt.yscale`): `"log"` puts decade ticks labelled 10ᵏ and
    /// leaves values ≤ 0 out; `"linear"` is the default.
    /// - Throws: `PlotError.invalidArgument` for any other scale.
    public func yscale(_ scale: String) throws(PlotError) {
        let log: Bool
        switch scale {
        case "log": log = true
        case "linear": log = false
        default: throw .invalidArgument(function: "yscale", message: "unknown scale '\(scale)' (use 'linear' or 'log')")
        }
        try withCurrentAxes { (axes: inout Axes) throws(PlotError) in axes.yLog = log }
    }
}

/// A matplotlib colormap: a lookup table that turns a value normalised to 0...1 into a colour.
struct Colormap: Equatable {
    /// matplotlib's name, e.g. `viridis`.
    var name: String
    /// The table, in matplotlib's order (`cmap.N` entries).
    var lut: [Color]

    /// The colormaps nbrun knows (DSL.md §12), by matplotlib's names.
    static let names = ["viridis", "plasma", "coolwarm", "gray", "tab10"]

    /// matplotlib's default `image.cmap`.
    static let viridis = Colormap(name: "viridis", table: ColormapTables.viridis)

    private init(name: String, table: [UInt32]) {
        self.name = name
        lut = table.map(Color.init(rgb:))
    }

    /// Looks a colormap up by name; a `_r` suffix reverses it, as in matplotlib.
    /// - Throws: `PlotError.invalidArgument` naming the known colormaps.
    static func named(_ name: String, function: String) throws(PlotError) -> Colormap {
        let reversed = name.hasSuffix("_r")
        let base = reversed ? String(name.dropLast(2)) : name
        let table: [UInt32]
        switch base {
        case "viridis": table = ColormapTables.viridis
        case "plasma": table = ColormapTables.plasma
        case "coolwarm": table = ColormapTables.coolwarm
        case "gray": table = ColormapTables.gray
        case "tab10": table = ColormapTables.tab10
        default:
            throw .invalidArgument(
                function: function,
                message: "unknown colormap '\(name)' (use \(names.map { "'\($0)'" }.joined(separator: ", ")))")
        }
        return Colormap(name: name, table: reversed ? table.reversed() : table)
    }

    /// The colour of a normalised value, as matplotlib's `Colormap.__call__` picks it: `floor(v * N)`,
    /// with 1 in the last entry, values outside 0...1 in the end entries and NaN transparent.
    func color(_ v: Double) -> Color {
        guard !v.isNaN else { return Color(red: 0, green: 0, blue: 0, alpha: 0) }
        let n = lut.count
        let scaled = v * Double(n)
        let index = scaled >= Double(n) ? n - 1 : scaled < 0 ? 0 : Int(scaled)
        return lut[index]
    }
}

/// matplotlib's `Normalize`: maps `vmin...vmax` linearly onto 0...1.
struct ColorNorm: Equatable {
    var vmin: Double
    var vmax: Double

    /// The norm autoscaled to the finite values' range (0...1 when there are none).
    init(autoscaling values: [Double]) {
        var range = DataRange()
        for v in values { range.add(v) }
        vmin = range.low ?? 0
        vmax = range.high ?? 1
    }

    init(vmin: Double, vmax: Double) {
        self.vmin = vmin
        self.vmax = vmax
    }

    /// The normalised value; a degenerate range maps everything to 0, as matplotlib does.
    func callAsFunction(_ v: Double) -> Double {
        guard vmax != vmin else { return 0 }
        return (v - vmin) / (vmax - vmin)
    }
}

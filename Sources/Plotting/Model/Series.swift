/// A line through points, from `plot`: optional markers, optional line.
struct LineSeries: Equatable {
    var x: [Double]
    var y: [Double]
    var color: Color
    /// Line width in points.
    var width: Double
    var style: LineStyle
    var marker: Marker?
    var label: String?
    /// The line of an `errorbar`: its legend handle gets a vertical bar too.
    var hasErrorBars = false
}

/// Filled circles from `scatter`, each of area `area` square points.
struct ScatterSeries: Equatable {
    var x: [Double]
    var y: [Double]
    /// Face and edge colour; its alpha is the scatter's `alpha`.
    var color: Color
    /// One colour per point when coloured by value (`c:`, `cmap:`); `color` then is the legend's.
    var colors: [Color]? = nil
    /// Marker area in pt² (matplotlib's `s`).
    var area: Double
    var label: String?
}

/// Rectangles standing on y = 0, from `bar` and `hist`.
struct BarSeries: Equatable {
    /// Left edge of each bar in data units.
    var lefts: [Double]
    var widths: [Double]
    var heights: [Double]
    var color: Color
    var label: String?
}

/// A line across the whole axes at a fixed data value, from `axhline` / `axvline`.
struct ReferenceLine: Equatable {
    /// Horizontal lines sit at a y value, vertical ones at an x value.
    enum Orientation: Equatable {
        case horizontal
        case vertical
    }

    var orientation: Orientation
    var value: Double
    var color: Color
    /// Line width in points.
    var width: Double
    var style: LineStyle
    var label: String?
}

/// Anything drawn inside an axes, in the order it was added.
enum Series: Equatable {
    case line(LineSeries)
    case scatter(ScatterSeries)
    case bars(BarSeries)
    case reference(ReferenceLine)
    case image(ImageSeries)
    case contour(ContourSeries)
    case fill(FillSeries)
    case errorBars(ErrorBarSeries)
    case text(TextSeries)

    /// The legend label; matplotlib leaves out unlabeled artists and labels starting with `_`.
    var legendLabel: String? {
        let label: String?
        switch self {
        case let .line(s): label = s.label
        case let .scatter(s): label = s.label
        case let .bars(s): label = s.label
        case let .reference(r): label = r.label
        case let .fill(f): label = f.label
        case .image, .contour, .errorBars, .text: label = nil
        }
        guard let label, !label.isEmpty, !label.hasPrefix("_") else { return nil }
        return label
    }

    /// matplotlib's z-order: images (0), patches and collections (1) under the grid (1.5), lines (2)
    /// above it, texts (3) on top.
    var zOrder: Double {
        switch self {
        case .image: return 0
        case .scatter, .bars, .fill: return 1
        case let .contour(c): return c.filled ? 1 : 2
        case .line, .reference, .errorBars: return 2
        case .text: return 3
        }
    }
}

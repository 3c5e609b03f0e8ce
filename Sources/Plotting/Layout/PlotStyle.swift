/// matplotlib's default rcParams that shape a chart, converted to pixels for one dpi.
struct PlotStyle {
    /// Pixels per point (dpi / 72).
    var pointScale: Double

    /// `font.size`: tick labels, axis labels and legend text (10 pt).
    var fontSize: Double { 10 * pointScale }
    /// `axes.titlesize` "large" (12 pt).
    var titleSize: Double { 12 * pointScale }
    /// `xtick.major.size`: outward tick length (3.5 pt).
    var tickLength: Double { 3.5 * pointScale }
    /// `xtick.major.width` and `axes.linewidth` (0.8 pt).
    var axisLineWidth: Double { 0.8 * pointScale }
    /// Tick length plus `xtick.major.pad`: spine to tick label (7 pt).
    var tickLabelGap: Double { 7 * pointScale }
    /// `axes.labelpad` (4 pt).
    var labelPad: Double { 4 * pointScale }
    /// `axes.titlepad` (6 pt).
    var titlePad: Double { 6 * pointScale }
    /// Axis `OFFSETTEXTPAD` (3 pt).
    var offsetTextPad: Double { 3 * pointScale }
    /// `grid.linewidth` (0.8 pt).
    var gridWidth: Double { 0.8 * pointScale }
    /// `grid.color`.
    static let gridColor = Color(rgb: 0xB0B0B0)
    /// `figure.subplot.*` defaults.
    static let defaultSubplotParams = SubplotParams(left: 0.125, right: 0.9, bottom: 0.11, top: 0.88, wspace: 0.2, hspace: 0.2)
    /// The default `pad` of `tight_layout`, in font sizes (1.08).
    static let tightPad = 1.08
    /// `savefig.pad_inches` of a tight bounding box crop.
    static let cropPadInches = 0.1
}

/// How text is anchored horizontally.
enum HorizontalAlignment {
    case left, center, right

    var fraction: Double {
        switch self {
        case .left: return 0
        case .center: return 0.5
        case .right: return 1
        }
    }
}

/// How text is anchored vertically (matplotlib's `va`).
enum VerticalAlignment {
    case top, baseline, centerBaseline, bottom
}

/// A line of text placed in the figure: what to draw and the box it occupies for layout.
struct PlacedText: Equatable {
    var text: String
    /// Font size in pixels per em.
    var size: Double
    /// Pen origin on the baseline, rounded to whole pixels like matplotlib's Agg text.
    var origin: Point
    /// Rotated 90° counter-clockwise (reads bottom to top), as y labels are.
    var vertical: Bool
    /// The layout box, for tight layout and cropping.
    var bounds: Rect

    /// Places horizontal text with its box aligned to `anchor`.
    init(_ box: TextBox, anchor: Point, h: HorizontalAlignment, v: VerticalAlignment) {
        let left = anchor.x - h.fraction * box.width
        let baseline: Double
        switch v {
        case .top: baseline = anchor.y + box.ascent
        case .baseline: baseline = anchor.y
        case .centerBaseline: baseline = anchor.y + box.ascent / 2
        case .bottom: baseline = anchor.y - box.descent
        }
        text = box.text
        size = box.size
        vertical = false
        origin = Point(x: left.rounded(), y: baseline.rounded())
        bounds = Rect(minX: left, minY: baseline - box.ascent, maxX: left + box.width, maxY: baseline + box.descent)
    }

    /// Places text rotated to read upwards, centred on `anchor.y`, with the bottom of its box
    /// (the descent side) at `anchor.x` — matplotlib's y label with `rotation_mode="anchor"`.
    init(verticalBox box: TextBox, anchor: Point) {
        let baselineX = anchor.x - box.descent
        let start = anchor.y + box.width / 2
        text = box.text
        size = box.size
        vertical = true
        origin = Point(x: baselineX.rounded(), y: start.rounded())
        bounds = Rect(minX: anchor.x - box.height, minY: anchor.y - box.width / 2, maxX: anchor.x, maxY: start)
    }
}

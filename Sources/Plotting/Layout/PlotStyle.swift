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

/// Text placed in the figure: what to draw where, and the box it occupies for layout.
struct PlacedText: Equatable {
    /// One line and the pen origin of its first glyph on the baseline, rounded to whole pixels like
    /// matplotlib's Agg text.
    struct Line: Equatable {
        var text: String
        var origin: Point
    }

    var lines: [Line]
    /// Font size in pixels per em.
    var size: Double
    /// Rotated 90° counter-clockwise (reads bottom to top), as y labels are.
    var vertical: Bool
    /// The layout box, for tight layout and cropping.
    var bounds: Rect

    /// The whole text, lines joined by newlines.
    var text: String { lines.map(\.text).joined(separator: "\n") }

    /// Places horizontal text with its box aligned to `anchor`; `v` refers to the last line's baseline, and
    /// lines are aligned among themselves like the box (matplotlib's default `multialignment`).
    init(_ box: TextBox, anchor: Point, h: HorizontalAlignment, v: VerticalAlignment) {
        let left = anchor.x - h.fraction * box.width
        let lastBaseline: Double
        switch v {
        case .top: lastBaseline = anchor.y + box.ascent
        case .baseline: lastBaseline = anchor.y
        case .centerBaseline: lastBaseline = anchor.y + box.ascent / 2
        case .bottom: lastBaseline = anchor.y - box.descent
        }
        let top = lastBaseline - box.ascent
        lines = zip(box.lines, box.baselines).map { line, baseline in
            let x = left + h.fraction * (box.width - line.width)
            return Line(text: line.text, origin: Point(x: x.rounded(), y: (top + baseline).rounded()))
        }
        size = box.size
        vertical = false
        bounds = Rect(minX: left, minY: top, maxX: left + box.width, maxY: top + box.height)
    }

    /// Places text rotated to read upwards, centred on `anchor.y`, with the bottom of its box
    /// (the descent side) at `anchor.x` — matplotlib's y label with `rotation_mode="anchor"`.
    init(verticalBox box: TextBox, anchor: Point) {
        let left = anchor.x - box.height
        let start = anchor.y + box.width / 2
        lines = zip(box.lines, box.baselines).map { line, baseline in
            let y = start - (box.width - line.width) / 2
            return Line(text: line.text, origin: Point(x: (left + baseline).rounded(), y: y.rounded()))
        }
        size = box.size
        vertical = true
        bounds = Rect(minX: left, minY: anchor.y - box.width / 2, maxX: anchor.x, maxY: start)
    }
}

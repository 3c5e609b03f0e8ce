/// The box matplotlib (3.11) lays text out in: each line's ink widened vertically to at least the font's
/// typographic ascent and descent (DejaVu Sans: 1556 and 492 of 2048 units per em); lines of multi-line
/// text are a further line gap (410 units) apart.
struct TextBox: Equatable {
    var text: String
    /// Font size in pixels per em.
    var size: Double
    /// The text's lines with their advance widths.
    var lines: [(text: String, width: Double)]
    /// Distance from the top of the box to each line's baseline.
    var baselines: [Double]
    var width: Double
    var height: Double
    /// Depth of the box below the last baseline.
    var descent: Double

    init(_ text: String, size: Double, measurer: TextMeasurer) {
        self.text = text
        self.size = size
        let parts = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let gap = parts.count > 1 ? size * 410 / 2048 : 0
        var y = 0.0
        var descent = 0.0
        lines = []
        baselines = []
        for part in parts {
            let e = measurer.extents(of: part, size: size)
            let a = max(e.ascent, size * 1556 / 2048) + gap / 2
            descent = max(e.descent, size * 492 / 2048) + gap / 2
            baselines.append(y + a)
            lines.append((part, e.width))
            y += a + descent
        }
        width = lines.map(\.width).max() ?? 0
        height = y
        self.descent = descent
    }

    /// Height above the last baseline.
    var ascent: Double { height - descent }

    static func == (a: TextBox, b: TextBox) -> Bool {
        a.text == b.text && a.size == b.size && a.width == b.width && a.baselines == b.baselines
    }
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

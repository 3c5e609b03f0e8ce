/// The size of a line of text relative to its drawing origin (pen start on the baseline), in pixels.
///
/// Like matplotlib's Agg text metrics: the width is the (hinted) advance of the whole string, the heights
/// are the ink's extent above and below the baseline.
struct TextExtents: Equatable {
    /// Advance width from the pen start to the pen end.
    var width: Double
    /// Height of the ink above the baseline (positive).
    var ascent: Double
    /// Depth of the ink below the baseline (positive).
    var descent: Double
}

/// Measures text for layout; the cairo canvas measures real glyphs, tests use `ApproximateTextMeasurer`.
protocol TextMeasurer {
    /// The ink extents of one line of DejaVu Sans at `size` pixels per em.
    func extents(of text: String, size: Double) -> TextExtents
}

/// A font-free measurer with fixed per-character widths, so golden dumps do not depend on the installed fonts.
struct ApproximateTextMeasurer: TextMeasurer {
    func extents(of text: String, size: Double) -> TextExtents {
        let hasDescender = text.contains { "gjpqy,()[]".contains($0) }
        return TextExtents(
            width: 0.6 * size * Double(text.count),
            ascent: 0.73 * size, descent: hasDescender ? 0.24 * size : 0)
    }
}

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

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

/// The box matplotlib (3.11) lays a single line of text out in: the ink widened vertically to at least the
/// font's typographic ascent and descent (DejaVu Sans: 1556 and 492 of 2048 units per em).
struct TextBox: Equatable {
    var text: String
    /// Font size in pixels per em.
    var size: Double
    var extents: TextExtents

    init(_ text: String, size: Double, measurer: TextMeasurer) {
        self.text = text
        self.size = size
        extents = measurer.extents(of: text, size: size)
    }

    var width: Double { extents.width }
    /// Height above the baseline.
    var ascent: Double { max(extents.ascent, size * 1556 / 2048) }
    /// Depth below the baseline.
    var descent: Double { max(extents.descent, size * 492 / 2048) }
    var height: Double { ascent + descent }
}

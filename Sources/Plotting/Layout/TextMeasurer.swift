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

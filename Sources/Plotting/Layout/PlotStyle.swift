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
    /// `figure.suptitle` default `y`: the top of the suptitle at 98% of the figure height.
    static let suptitleY = 0.98
    /// `savefig.pad_inches` of a tight bounding box crop.
    static let cropPadInches = 0.1
}

/// One subplot: its place in the figure's grid, its series and its decorations.
struct Axes: Equatable {
    /// Grid shape and 1-based index, as given to `subplot(rows, cols, index)`.
    var rows: Int
    var cols: Int
    var index: Int

    var title: String?
    var xlabel: String?
    var ylabel: String?
    var series: [Series] = []
    /// nil until `legend()` is called.
    var legend: LegendLocation?
    var grid = false
    /// Limits from `xlim` / `ylim`; the lower end may exceed the upper one (an inverted axis).
    var xlim: Interval?
    var ylim: Interval?
    /// Category names of a bar chart, used as x tick labels at 0, 1, 2, ...
    var categories: [String]?
    /// Equal data units on both axes, the axes box shrunk to fit (matplotlib's `set_aspect("equal")`, from `imshow`).
    var equalAspect = false
    /// The y axis is logarithmic (`yscale("log")`, `semilogy`); values ≤ 0 are left out.
    var yLog = false
    /// The x axis is logarithmic (`xscale("log")`, `semilogx`, `loglog`); values ≤ 0 are left out.
    var xLog = false
    /// The y axis runs downwards (an image's origin at the top).
    var yInverted = false
    /// The last image, contour set or coloured scatter, which `colorbar()` shows.
    var lastMappable: Mappable?
    /// The colour bar beside the axes, from `colorbar()`.
    var colorbar: Mappable?

    /// Next colour of the line cycle (`plot`, `hist`); matplotlib keeps a separate one for patches.
    var lineCycle = 0
    /// Next colour of the patch cycle (`scatter`, `bar`).
    var patchCycle = 0

    init(rows: Int, cols: Int, index: Int) {
        self.rows = rows
        self.cols = cols
        self.index = index
    }

    /// 0-based row of the subplot in its grid.
    var row: Int { (index - 1) / cols }
    /// 0-based column of the subplot in its grid.
    var column: Int { (index - 1) % cols }

    /// Takes the next line colour from the cycle.
    mutating func nextLineColor() -> Color {
        defer { lineCycle += 1 }
        return Color.cycle(lineCycle)
    }

    /// Takes the next patch colour from the cycle.
    mutating func nextPatchColor() -> Color {
        defer { patchCycle += 1 }
        return Color.cycle(patchCycle)
    }
}

/// A figure: its size and its subplots, ready to lay out and render.
struct Figure: Equatable {
    /// Tells figures apart, so an axes object can find its figure after `figure()` opened another.
    var id = 0
    /// The figure's centred title, from `suptitle`.
    var suptitle: String?
    /// Size in inches (matplotlib's `figsize`).
    var width: Double = 6.4
    var height: Double = 4.8
    /// Pixels per inch.
    var dpi: Double = 100
    var axes: [Axes] = []
    /// Whether `tightLayout()` was called.
    var tightLayout = false
    /// Crop to the drawn content plus 0.1 in, like Jupyter's inline backend (`bbox_inches="tight"`).
    var cropToContent = true

    /// Pixel size of the canvas before any cropping.
    var pixelWidth: Int { Int(saturating: (width * dpi).rounded()) }
    var pixelHeight: Int { Int(saturating: (height * dpi).rounded()) }
    /// Pixels per point (1/72 in).
    var pointScale: Double { dpi / 72 }
}

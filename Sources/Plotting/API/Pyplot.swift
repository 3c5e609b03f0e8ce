/// matplotlib's pyplot state machine: a current figure with a current axes, built up by calls and
/// rendered to PNG by `show()` or at the end of a notebook cell.
///
/// Every call validates its arguments and throws `PlotError` with a readable message; nothing traps.
public final class Pyplot {
    /// The current figure, nil after `show()` until the next call draws something.
    var openFigure: Figure?
    /// Figures opened earlier that `figure()` replaced as current; like matplotlib, they stay open and are
    /// shown by the next `show()` or at the end of the cell.
    var earlierFigures: [Figure] = []
    /// Index of the current axes in `openFigure.axes`.
    var currentAxes: Int?
    /// The `Figure.id` the next `figure()` gets (implicitly opened figures keep 0).
    private var nextFigureID = 1

    /// Starts with no figure open.
    public init() {}

    /// Opens a new figure and makes it current (matplotlib's `plt.figure`); the previous one stays open.
    /// - Parameters:
    ///   - figsize: width and height in inches (default 6.4 x 4.8).
    ///   - dpi: pixels per inch (default 100).
    /// - Throws: `PlotError.invalidArgument` for non-positive, non-finite or huge sizes.
    public func figure(figsize: (Double, Double)? = nil, dpi: Double? = nil) throws(PlotError) {
        var figure = Figure()
        figure.id = nextFigureID
        nextFigureID += 1
        if let (width, height) = figsize {
            guard width.isFinite, height.isFinite, width > 0, height > 0 else {
                throw .invalidArgument(function: "figure", message: "figsize must be two positive numbers, got (\(width), \(height))")
            }
            figure.width = width
            figure.height = height
        }
        if let dpi {
            guard dpi.isFinite, dpi >= 1, dpi <= 1000 else {
                throw .invalidArgument(function: "figure", message: "dpi must be between 1 and 1000, got \(dpi)")
            }
            figure.dpi = dpi
        }
        let pixels = (figure.width * figure.dpi, figure.height * figure.dpi)
        // The limits keep the image surface (4 bytes a pixel) at a few hundred megabytes at most.
        guard pixels.0 >= 1, pixels.1 >= 1, pixels.0 <= 20_000, pixels.1 <= 20_000, pixels.0 * pixels.1 <= 50e6 else {
            throw .invalidArgument(
                function: "figure",
                message: "figure would be \(Int(saturating: pixels.0))x\(Int(saturating: pixels.1)) pixels; "
                    + "each side must be 1...20000 and the area at most 50 million pixels")
        }
        if let open = openFigure { earlierFigures.append(open) }
        openFigure = figure
        currentAxes = nil
    }

    /// Makes subplot `index` (1-based, row by row) of a `rows` x `cols` grid current, creating it if needed.
    /// - Throws: `PlotError.badSubplot` when the grid is empty or the index is outside 1...rows*cols.
    public func subplot(_ rows: Int, _ cols: Int, _ index: Int) throws(PlotError) {
        guard rows >= 1, cols >= 1, rows <= 100, cols <= 100, index >= 1, index <= rows * cols else {
            throw .badSubplot(rows: rows, cols: cols, index: index)
        }
        var figure = openFigure ?? Figure()
        if let existing = figure.axes.firstIndex(where: { $0.rows == rows && $0.cols == cols && $0.index == index }) {
            currentAxes = existing
        } else {
            figure.axes.append(Axes(rows: rows, cols: cols, index: index))
            currentAxes = figure.axes.count - 1
        }
        openFigure = figure
    }

    /// Renders every open figure that has axes, oldest first, and closes them all (matplotlib's `plt.show()`
    /// under Jupyter's inline backend, which also does this at the end of a cell).
    /// - Returns: one PNG per figure; empty when nothing was drawn.
    /// - Throws: `PlotError.renderFailed` if cairo fails.
    public func show() throws(PlotError) -> [RenderedFigure] {
        let figures = earlierFigures + (openFigure.map { [$0] } ?? [])
        earlierFigures = []
        openFigure = nil
        currentAxes = nil
        var rendered: [RenderedFigure] = []
        for figure in figures where !figure.axes.isEmpty {
            rendered.append(try CairoBackend.renderPNG(figure))
        }
        return rendered
    }

    /// Marks the figure for matplotlib's `tight_layout`: subplots are resized so labels fit without overlap.
    public func tightLayout() {
        var figure = openFigure ?? Figure()
        figure.tightLayout = true
        openFigure = figure
    }

    /// Applies a change to the current axes, creating the figure and a 1x1 subplot when there is none.
    func withCurrentAxes<T, E: Error>(_ body: (inout Axes) throws(E) -> T) throws(E) -> T {
        var figure = openFigure ?? Figure()
        let index: Int
        if let current = currentAxes, figure.axes.indices.contains(current) {
            index = current
        } else if let existing = figure.axes.firstIndex(where: { $0.rows == 1 && $0.cols == 1 && $0.index == 1 }) {
            index = existing
        } else {
            figure.axes.append(Axes(rows: 1, cols: 1, index: 1))
            index = figure.axes.count - 1
        }
        currentAxes = index
        // Release the stored copy first so the axes' arrays are mutated in place, not copied.
        openFigure = nil
        defer { openFigure = figure }
        return try body(&figure.axes[index])
    }
}

/// Names one axes of one figure, so that `axes[i].plot(…)` draws there whatever `plt`'s current axes is.
public struct AxesHandle: Equatable, Sendable {
    /// The figure's `Figure.id`.
    public var figure: Int
    /// Index of the axes in its figure.
    public var axes: Int
}

/// What `Pyplot.select` changed, for `Pyplot.restore` to undo.
public struct AxesSelection {
    fileprivate var savedAxes: Int?
    /// Where the selected figure was taken from among the earlier figures, and the figure it displaced.
    fileprivate var swapped: (index: Int, displaced: Figure?)?
}

extension Pyplot {
    /// Opens a new figure with a `rows` x `cols` grid of axes (matplotlib's `plt.subplots`); the last one
    /// becomes current.
    /// - Returns: handles of the axes in row order (DSL.md §12: always a flat array).
    /// - Throws: `PlotError` for a bad grid or figure size.
    public func subplots(_ rows: Int, _ cols: Int, figsize: (Double, Double)? = nil) throws(PlotError) -> [AxesHandle] {
        guard rows >= 1, cols >= 1, rows <= 100, cols <= 100 else { throw .badSubplot(rows: rows, cols: cols, index: 1) }
        try figure(figsize: figsize)
        for index in 1...(rows * cols) { try subplot(rows, cols, index) }
        let id = openFigure?.id ?? 0
        return (0..<(rows * cols)).map { AxesHandle(figure: id, axes: $0) }
    }

    /// Makes the axes `handle` names current for the calls up to `restore`, without changing what `plt`'s own
    /// calls draw on afterwards (matplotlib's `ax.plot` leaves the current axes alone).
    /// - Throws: `PlotError.invalidArgument` when the axes' figure was already shown.
    public func select(_ handle: AxesHandle) throws(PlotError) -> AxesSelection {
        var selection = AxesSelection(savedAxes: currentAxes, swapped: nil)
        if openFigure?.id != handle.figure {
            guard let k = earlierFigures.firstIndex(where: { $0.id == handle.figure }) else {
                throw .invalidArgument(function: "axes", message: "its figure was already shown; draw on it before plt.show()")
            }
            selection.swapped = (k, openFigure)
            openFigure = earlierFigures[k]
        }
        guard let figure = openFigure, figure.axes.indices.contains(handle.axes) else {
            restore(selection)
            throw .invalidArgument(function: "axes", message: "its figure was already shown; draw on it before plt.show()")
        }
        currentAxes = handle.axes
        return selection
    }

    /// Undoes `select`: the previous current figure and axes are current again.
    public func restore(_ selection: AxesSelection) {
        if let (k, displaced) = selection.swapped, earlierFigures.indices.contains(k) {
            if let figure = openFigure { earlierFigures[k] = figure }
            openFigure = displaced
        }
        currentAxes = selection.savedAxes
    }

    /// Sets the figure's centred title above all subplots (matplotlib's `plt.suptitle`, 12 pt at 98% of the height).
    public func suptitle(_ s: String) {
        var figure = openFigure ?? Figure()
        figure.suptitle = s
        openFigure = figure
    }
}

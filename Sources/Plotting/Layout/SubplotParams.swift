/// matplotlib's `SubplotParams`: figure fractions (measured from the bottom-left, like matplotlib) of the
/// subplot grid's edges and the gaps between cells as fractions of a cell.
struct SubplotParams: Equatable {
    var left: Double
    var right: Double
    var bottom: Double
    var top: Double
    var wspace: Double
    var hspace: Double

    /// The pixel frame of the cell at `row`, `column` of a `rows` x `cols` grid in a figure of
    /// `width` x `height` pixels (y down).
    func frame(row: Int, column: Int, rows: Int, cols: Int, width: Double, height: Double) -> Rect {
        let totalWidth = width * (right - left)
        let cellWidth = totalWidth / (Double(cols) + wspace * Double(cols - 1))
        let x = width * left + Double(column) * cellWidth * (1 + wspace)
        let totalHeight = height * (top - bottom)
        let cellHeight = totalHeight / (Double(rows) + hspace * Double(rows - 1))
        let y = height * (1 - top) + Double(row) * cellHeight * (1 + hspace)
        return Rect(x: x, y: y, width: cellWidth, height: cellHeight)
    }
}

/// matplotlib's `tight_layout`: subplot parameters that make every axes' labels fit with a pad of 1.08
/// font sizes around and between subplots.
enum TightLayout {
    /// New parameters computed from axes laid out with the current ones; nil when the labels cannot fit
    /// (matplotlib then warns and keeps the old layout) or the subplots use different grids.
    /// - Parameters:
    ///   - placements: each axes' grid shape, its subplot cell and the tight box of everything drawn for it
    ///     (its colour bar included).
    ///   - width, height: figure size in pixels.
    ///   - fontSize: `font.size` in pixels, the unit of the pad.
    ///   - suptitleHeight: the suptitle's height in pixels (0 without one); matplotlib adds it and another pad
    ///     to the top margin.
    static func params(
        for placements: [(axes: Axes, frame: Rect, bounds: Rect)], width: Double, height: Double, fontSize: Double,
        suptitleHeight: Double = 0
    ) -> SubplotParams? {
        guard let first = placements.first?.axes,
            placements.allSatisfy({ $0.axes.rows == first.rows && $0.axes.cols == first.cols })
        else { return nil }
        let rows = first.rows
        let cols = first.cols
        var hspaces = Array(repeating: Array(repeating: 0.0, count: cols + 1), count: rows)
        var vspaces = Array(repeating: Array(repeating: 0.0, count: cols), count: rows + 1)
        for (axes, frame, tight) in placements {
            hspaces[axes.row][axes.column] += (frame.minX - tight.minX) / width
            hspaces[axes.row][axes.column + 1] += (tight.maxX - frame.maxX) / width
            vspaces[axes.row][axes.column] += (frame.minY - tight.minY) / height
            vspaces[axes.row + 1][axes.column] += (tight.maxY - frame.maxY) / height
        }
        let padX = PlotStyle.tightPad * fontSize / width
        let padY = PlotStyle.tightPad * fontSize / height
        let left = max(hspaces.map { $0[0] }.max() ?? 0, 0) + padX
        let right = max(hspaces.map { $0[cols] }.max() ?? 0, 0) + padX
        var top = max(vspaces[0].max() ?? 0, 0) + padY
        if suptitleHeight > 0 { top += suptitleHeight / height + padY }
        let bottom = max(vspaces[rows].max() ?? 0, 0) + padY
        guard left + right < 1, top + bottom < 1 else { return nil }
        var result = SubplotParams(left: left, right: 1 - right, bottom: bottom, top: 1 - top, wspace: 0, hspace: 0)
        if cols > 1 {
            let gap = (hspaces.flatMap { $0[1..<cols] }.max() ?? 0) + padX
            let cell = (1 - right - left - gap * Double(cols - 1)) / Double(cols)
            guard cell > 0 else { return nil }
            result.wspace = gap / cell
        }
        if rows > 1 {
            let gap = (vspaces[1..<rows].flatMap { $0 }.max() ?? 0) + padY
            let cell = (1 - top - bottom - gap * Double(rows - 1)) / Double(rows)
            guard cell > 0 else { return nil }
            result.hspace = gap / cell
        }
        return result
    }
}

/// A 2-D array of numbers in row-major order: an image, or one of the `xx`, `yy`, `zz` arrays of a contour plot.
public struct Grid: Equatable, Sendable {
    /// Number of rows (the first index, drawn top to bottom in an image).
    public var rows: Int
    /// Number of columns.
    public var cols: Int
    /// `rows * cols` values, row after row.
    public var values: [Double]

    /// Wraps row-major values.
    /// - Throws: `PlotError.invalidArgument` when the count is not `rows * cols` or a side is zero.
    public init(rows: Int, cols: Int, values: [Double], function: String = "Grid") throws(PlotError) {
        guard rows >= 1, cols >= 1, values.count == rows * cols else {
            throw .invalidArgument(
                function: function, message: "expected a non-empty 2-D array, got \(values.count) values for \(rows)x\(cols)")
        }
        self.rows = rows
        self.cols = cols
        self.values = values
    }

    /// The value at row `r`, column `c`.
    subscript(r: Int, c: Int) -> Double { values[r * cols + c] }

    /// Whether two grids have the same shape.
    func sameShape(_ other: Grid) -> Bool { rows == other.rows && cols == other.cols }
}

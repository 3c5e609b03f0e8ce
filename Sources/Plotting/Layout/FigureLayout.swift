/// The complete layout of a figure: every axes and legend placed, and the pixel area to output.
struct FigureLayout: Equatable {
    /// Each axes of the figure with where its parts go, in drawing order.
    var axes: [(spec: Axes, layout: AxesLayout, legend: LegendLayout?)]
    /// Size of the output image in pixels.
    var width: Int
    var height: Int
    /// Translation from figure pixels to output pixels (non-zero when cropping).
    var offsetX: Double
    var offsetY: Double

    static func == (a: FigureLayout, b: FigureLayout) -> Bool {
        a.width == b.width && a.height == b.height && a.offsetX == b.offsetX && a.offsetY == b.offsetY
            && a.axes.map(\.spec) == b.axes.map(\.spec) && a.axes.map(\.layout) == b.axes.map(\.layout)
            && a.axes.map(\.legend) == b.axes.map(\.legend)
    }

    /// Lays out `figure`, applying tight layout and the crop when the figure asks for them.
    /// - Throws: `PlotError.renderFailed` when the figure has no pixels.
    init(figure: Figure, measurer: TextMeasurer) throws(PlotError) {
        let figWidth = Double(figure.pixelWidth)
        let figHeight = Double(figure.pixelHeight)
        guard figure.pixelWidth >= 1, figure.pixelHeight >= 1, figure.pixelWidth <= 20_000, figure.pixelHeight <= 20_000
        else {
            throw .renderFailed("figure size \(figure.pixelWidth)x\(figure.pixelHeight) pixels is outside 1...20000")
        }
        let style = PlotStyle(pointScale: figure.pointScale)
        var params = PlotStyle.defaultSubplotParams
        var placed = Self.place(figure.axes, params: params, width: figWidth, height: figHeight, style: style, measurer: measurer)
        if figure.tightLayout,
            let tight = TightLayout.params(for: placed, width: figWidth, height: figHeight, fontSize: style.fontSize) {
            params = tight
            placed = Self.place(figure.axes, params: params, width: figWidth, height: figHeight, style: style, measurer: measurer)
        }
        axes = placed.map { axes, layout in
            (axes, layout, LegendLayout(axes: axes, layout: layout, style: style, measurer: measurer))
        }
        width = figure.pixelWidth
        height = figure.pixelHeight
        offsetX = 0
        offsetY = 0
        if figure.cropToContent, let content = placed.map(\.layout.bounds).reduce(nil, { $0?.union($1) ?? $1 }) {
            cropToContent(content, pad: PlotStyle.cropPadInches * figure.dpi)
        }
    }

    /// Shrinks the output to the content plus a pad, like `savefig(bbox_inches="tight")`: the width is
    /// truncated to whole pixels and the bottom-left corner stays anchored, as in matplotlib's Agg canvas.
    private mutating func cropToContent(_ content: Rect, pad: Double) {
        let box = Rect(minX: content.minX - pad, minY: content.minY - pad, maxX: content.maxX + pad, maxY: content.maxY + pad)
        // The epsilon keeps floating-point noise (669.9999999) from losing a whole pixel row.
        let w = Int(saturating: min(max(box.width + 1e-6, 1), 20_000))
        let h = Int(saturating: min(max(box.height + 1e-6, 1), 20_000))
        offsetX = -box.minX.rounded()
        offsetY = -(box.maxY - Double(h)).rounded()
        width = w
        height = h
    }

    private static func place(
        _ all: [Axes], params: SubplotParams, width: Double, height: Double, style: PlotStyle, measurer: TextMeasurer
    ) -> [(axes: Axes, layout: AxesLayout)] {
        all.map { axes in
            let frame = params.frame(
                row: axes.row, column: axes.column, rows: axes.rows, cols: axes.cols, width: width, height: height)
            return (axes, AxesLayout(axes: axes, frame: frame, style: style, measurer: measurer))
        }
    }
}

/// The complete layout of a figure: every axes, colour bar and legend placed, and the pixel area to output.
struct FigureLayout: Equatable {
    /// Each axes of the figure with where its parts go, in drawing order.
    var axes: [(spec: Axes, layout: AxesLayout, legend: LegendLayout?, colorbar: ColorbarLayout?)]
    /// The figure's title (`suptitle`).
    var suptitle: PlacedText?
    /// Size of the output image in pixels.
    var width: Int
    var height: Int
    /// Translation from figure pixels to output pixels (non-zero when cropping).
    var offsetX: Double
    var offsetY: Double

    static func == (a: FigureLayout, b: FigureLayout) -> Bool {
        a.width == b.width && a.height == b.height && a.offsetX == b.offsetX && a.offsetY == b.offsetY
            && a.axes.map(\.spec) == b.axes.map(\.spec) && a.axes.map(\.layout) == b.axes.map(\.layout)
            && a.axes.map(\.legend) == b.axes.map(\.legend) && a.axes.map(\.colorbar) == b.axes.map(\.colorbar)
            && a.suptitle == b.suptitle
    }

    /// One axes placed in its subplot cell, with its colour bar.
    private struct Placement {
        var axes: Axes
        var cell: Rect
        var layout: AxesLayout
        var colorbar: ColorbarLayout?

        /// The axes' and the colour bar's tight box together (they share the cell in tight layout).
        var bounds: Rect { colorbar.map { layout.bounds.union($0.bounds) } ?? layout.bounds }
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
        suptitle = figure.suptitle.flatMap { text in
            text.isEmpty ? nil : PlacedText(
                TextBox(text, size: style.titleSize, measurer: measurer),
                anchor: Point(x: figWidth / 2, y: figHeight * (1 - PlotStyle.suptitleY)), h: .center, v: .top)
        }
        var params = PlotStyle.defaultSubplotParams
        var placed = Self.place(figure.axes, params: params, width: figWidth, height: figHeight, style: style, measurer: measurer)
        if figure.tightLayout,
            let tight = TightLayout.params(
                for: placed.map { ($0.axes, $0.cell, $0.bounds) }, width: figWidth, height: figHeight,
                fontSize: style.fontSize, suptitleHeight: suptitle?.bounds.height ?? 0) {
            params = tight
            placed = Self.place(figure.axes, params: params, width: figWidth, height: figHeight, style: style, measurer: measurer)
        }
        axes = placed.map { p in
            (p.axes, p.layout, LegendLayout(axes: p.axes, layout: p.layout, style: style, measurer: measurer), p.colorbar)
        }
        width = figure.pixelWidth
        height = figure.pixelHeight
        offsetX = 0
        offsetY = 0
        let boxes = placed.map(\.bounds) + (suptitle.map { [$0.bounds] } ?? [])
        if figure.cropToContent, let content = boxes.reduce(nil, { $0?.union($1) ?? $1 }) {
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
    ) -> [Placement] {
        all.map { axes in
            let cell = params.frame(
                row: axes.row, column: axes.column, rows: axes.rows, cols: axes.cols, width: width, height: height)
            guard let mappable = axes.colorbar else {
                return Placement(axes: axes, cell: cell, layout: AxesLayout(axes: axes, frame: cell, style: style, measurer: measurer))
            }
            let (axesCell, barCell) = ColorbarLayout.split(cell)
            return Placement(
                axes: axes, cell: cell, layout: AxesLayout(axes: axes, frame: axesCell, style: style, measurer: measurer),
                colorbar: ColorbarLayout(mappable: mappable, cell: barCell, style: style, measurer: measurer))
        }
    }
}

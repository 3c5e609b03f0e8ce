/// Draws a laid-out figure onto a canvas in matplotlib's z-order: background, patches and scatter
/// points, grid and ticks, lines, spines, texts, legend.
enum FigureRenderer {
    /// Renders every axes of `layout`.
    static func render(_ layout: FigureLayout, pointScale: Double, on canvas: Canvas) {
        let style = PlotStyle(pointScale: pointScale)
        let background = Rect(x: -layout.offsetX, y: -layout.offsetY, width: Double(layout.width), height: Double(layout.height))
        canvas.fill(.rect(background), color: .white)
        for (axes, axesLayout, legend, colorbar) in layout.axes {
            renderAxes(axes, axesLayout, legend: legend, style: style, on: canvas)
            if let colorbar { ColorbarPainter(layout: colorbar, style: style, canvas: canvas).draw() }
        }
        if let suptitle = layout.suptitle { canvas.text(suptitle, color: .black) }
    }

    private static func renderAxes(_ axes: Axes, _ layout: AxesLayout, legend: LegendLayout?, style: PlotStyle, on canvas: Canvas) {
        let painter = SeriesPainter(layout: layout, style: style, canvas: canvas)
        let clip = Rect(
            minX: layout.frame.minX.rounded(), minY: layout.frame.minY.rounded(),
            maxX: layout.frame.maxX.rounded(), maxY: layout.frame.maxY.rounded())
        canvas.clip(to: clip)
        for series in axes.series where series.zOrder < 1.5 { painter.draw(series) }
        if axes.grid { drawGrid(layout, style: style, on: canvas) }
        for series in axes.series where series.zOrder >= 1.5 { painter.draw(series) }
        canvas.clip(to: nil)
        drawTicks(layout, style: style, on: canvas)
        drawSpines(layout.frame, style: style, on: canvas)
        let texts = [layout.xOffsetText, layout.yOffsetText, layout.xlabel, layout.ylabel, layout.title]
        for text in texts.compactMap({ $0 }) + layout.annotations { canvas.text(text, color: .black) }
        if let legend { LegendPainter(legend: legend, painter: painter).draw() }
    }

    private static func drawGrid(_ layout: AxesLayout, style: PlotStyle, on canvas: Canvas) {
        let stroke = StrokeStyle(color: PlotStyle.gridColor, width: style.gridWidth, cap: .square)
        let f = layout.frame
        var path = Path()
        for tick in layout.xTicks {
            let x = PixelSnap.snap(tick.position, width: stroke.width)
            path.move(to: Point(x: x, y: f.minY))
            path.line(to: Point(x: x, y: f.maxY))
        }
        for tick in layout.yTicks {
            let y = PixelSnap.snap(tick.position, width: stroke.width)
            path.move(to: Point(x: f.minX, y: y))
            path.line(to: Point(x: f.maxX, y: y))
        }
        canvas.stroke(path, style: stroke)
    }

    static func drawTicks(_ layout: AxesLayout, style: PlotStyle, on canvas: Canvas) {
        let stroke = StrokeStyle(color: .black, width: style.axisLineWidth)
        let f = layout.frame
        var path = Path()
        let bottom = PixelSnap.snap(f.maxY, width: stroke.width)
        for tick in layout.xTicks {
            let x = PixelSnap.snap(tick.position, width: stroke.width)
            path.move(to: Point(x: x, y: bottom))
            path.line(to: Point(x: x, y: bottom + style.tickLength))
        }
        let left = PixelSnap.snap(f.minX, width: stroke.width)
        for tick in layout.yTicks {
            let y = PixelSnap.snap(tick.position, width: stroke.width)
            path.move(to: Point(x: left, y: y))
            path.line(to: Point(x: left - style.tickLength, y: y))
        }
        canvas.stroke(path, style: stroke)
        if !layout.yMinorTicks.isEmpty || !layout.xMinorTicks.isEmpty {
            // matplotlib's minor ticks: 2 pt long, 0.6 pt wide.
            let minor = StrokeStyle(color: .black, width: 0.6 * style.pointScale)
            var minorPath = Path()
            for position in layout.yMinorTicks where position.isFinite {
                let y = PixelSnap.snap(position, width: minor.width)
                minorPath.move(to: Point(x: left, y: y))
                minorPath.line(to: Point(x: left - 2 * style.pointScale, y: y))
            }
            for position in layout.xMinorTicks where position.isFinite {
                let x = PixelSnap.snap(position, width: minor.width)
                minorPath.move(to: Point(x: x, y: bottom))
                minorPath.line(to: Point(x: x, y: bottom + 2 * style.pointScale))
            }
            canvas.stroke(minorPath, style: minor)
        }
        for tick in layout.xTicks + layout.yTicks {
            for text in [tick.label, tick.exponent].compactMap({ $0 }) { canvas.text(text, color: .black) }
        }
    }

    /// The four spines as one closed outline, so corners join cleanly.
    static func drawSpines(_ frame: Rect, style: PlotStyle, on canvas: Canvas) {
        let w = style.axisLineWidth
        let left = PixelSnap.snap(frame.minX, width: w)
        let right = PixelSnap.snap(frame.maxX, width: w)
        let top = PixelSnap.snap(frame.minY, width: w)
        let bottom = PixelSnap.snap(frame.maxY, width: w)
        var path = Path()
        path.move(to: Point(x: left, y: bottom))
        path.line(to: Point(x: left, y: top))
        path.line(to: Point(x: right, y: top))
        path.line(to: Point(x: right, y: bottom))
        path.close()
        canvas.stroke(path, style: StrokeStyle(color: .black, width: w, cap: .square))
    }
}

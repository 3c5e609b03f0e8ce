/// Draws a colour bar: its colours, the outline, and ticks with labels on the right.
struct ColorbarPainter {
    var layout: ColorbarLayout
    var style: PlotStyle
    var canvas: Canvas

    func draw() {
        let m = layout.mappable
        let f = layout.frame
        if let levels = m.levels {
            let layers = m.filled ? zip(levels, levels.dropFirst()).map { 0.5 * ($0 + $1) } : levels
            let colors = layers.map { m.cmap.color(m.norm($0)).withAlpha(m.alpha) }
            if m.filled {
                for (i, color) in colors.enumerated() {
                    let top = layout.y(levels[i + 1])
                    let bottom = layout.y(levels[i])
                    let band = Rect(minX: f.minX, minY: min(top, bottom), maxX: f.maxX, maxY: max(top, bottom))
                    canvas.fillAliased(.rect(band), color: color)
                }
            } else {
                for (level, color) in zip(levels, colors) {
                    var path = Path()
                    path.move(to: Point(x: f.minX, y: layout.y(level)))
                    path.line(to: Point(x: f.maxX, y: layout.y(level)))
                    canvas.stroke(path, style: StrokeStyle(color: color, width: m.linewidth * style.pointScale))
                }
            }
        } else {
            // A continuous bar shows every entry of the colormap, top entry at the top.
            var rgba: [UInt8] = []
            for color in m.cmap.lut.reversed() {
                for component in [color.red, color.green, color.blue, m.alpha] {
                    rgba.append(UInt8((component * 255).rounded()))
                }
            }
            canvas.image(rgba, width: 1, height: m.cmap.lut.count, in: f)
        }
        drawTicks()
        FigureRenderer.drawSpines(f, style: style, on: canvas)
    }

    /// Ticks point outwards on the right of the bar, labels follow them.
    private func drawTicks() {
        let stroke = StrokeStyle(color: .black, width: style.axisLineWidth)
        let right = PixelSnap.snap(layout.frame.maxX, width: stroke.width)
        var path = Path()
        for tick in layout.ticks {
            let y = PixelSnap.snap(tick.position, width: stroke.width)
            path.move(to: Point(x: right, y: y))
            path.line(to: Point(x: right + style.tickLength, y: y))
        }
        canvas.stroke(path, style: stroke)
        for label in layout.ticks.compactMap(\.label) { canvas.text(label, color: .black) }
    }
}

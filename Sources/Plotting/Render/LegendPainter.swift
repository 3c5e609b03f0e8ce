/// Draws a legend: the translucent rounded frame, then each handle and label.
struct LegendPainter {
    var legend: LegendLayout
    var painter: SeriesPainter

    func draw() {
        let canvas = painter.canvas
        let style = painter.style
        let frame = Path.rect(legend.frame, radius: legend.cornerRadius)
        canvas.fill(frame, color: Color.white.withAlpha(0.8))
        canvas.stroke(frame, style: StrokeStyle(color: Color(rgb: 0xCCCCCC).withAlpha(0.8), width: style.pointScale))
        for entry in legend.entries {
            drawHandle(entry.series, in: entry.handle)
            canvas.text(entry.label, color: .black)
        }
    }

    private func drawHandle(_ series: Series, in box: Rect) {
        let canvas = painter.canvas
        let middle = (box.minY + box.maxY) / 2
        switch series {
        case let .line(s):
            if s.style != .none {
                var path = Path()
                path.move(to: Point(x: box.minX, y: middle))
                path.line(to: Point(x: box.maxX, y: middle))
                canvas.stroke(path, style: painter.lineStroke(color: s.color, width: s.width, style: s.style))
            }
            if let marker = s.marker {
                painter.drawMarkers(marker, color: s.color, at: [Point(x: (box.minX + box.maxX) / 2, y: middle)])
            }
            if s.hasErrorBars {
                // matplotlib's `HandlerErrorbar`: a bar of half a font size either side of the line.
                let x = (box.minX + box.maxX) / 2
                let reach = 0.5 * painter.style.fontSize
                var bar = Path()
                bar.move(to: Point(x: x, y: middle - reach))
                bar.line(to: Point(x: x, y: middle + reach))
                canvas.stroke(bar, style: StrokeStyle(color: s.color, width: s.width * painter.style.pointScale))
            }
        case let .scatter(s):
            // matplotlib puts a single scatter handle at 3/8 of the handle height.
            let center = Point(x: (box.minX + box.maxX) / 2, y: box.maxY - 0.375 * box.height)
            painter.drawScatterMarkers(color: s.color, area: s.area, at: [center])
        case let .bars(s):
            canvas.fill(.rect(box), color: s.color)
        case let .fill(f):
            canvas.fill(.rect(box), color: f.color)
        case let .reference(r):
            var path = Path()
            path.move(to: Point(x: box.minX, y: middle))
            path.line(to: Point(x: box.maxX, y: middle))
            canvas.stroke(path, style: painter.lineStroke(color: r.color, width: r.width, style: r.style))
        case .image, .contour, .errorBars, .text:
            break  // never labelled
        }
    }
}

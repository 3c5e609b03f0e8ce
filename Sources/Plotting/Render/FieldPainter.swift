/// Draws the series that fill areas: images, contour sets, filled bands between curves and error bars.
extension SeriesPainter {
    func drawImage(_ image: ImageSeries) {
        let left = layout.x(-0.5)
        let right = layout.x(Double(image.values.cols) - 0.5)
        let top = layout.y(-0.5)
        let bottom = layout.y(Double(image.values.rows) - 0.5)
        let rect = Rect(minX: min(left, right), minY: min(top, bottom), maxX: max(left, right), maxY: max(top, bottom))
        canvas.image(image.rgba, width: image.values.cols, height: image.values.rows, in: rect)
    }

    func drawContour(_ c: ContourSeries) {
        let tracer = ContourTracer(x: c.x, y: c.y, z: c.z)
        let colors = c.colors
        if c.filled {
            for (band, polygons) in tracer.bands(levels: c.levels).enumerated() where !polygons.isEmpty {
                var path = Path()
                path.elements.reserveCapacity(polygons.reduce(0) { $0 + $1.count + 1 })
                for polygon in polygons {
                    for (i, p) in polygon.enumerated() {
                        let q = Point(x: layout.x(p.x), y: layout.y(p.y))
                        if i == 0 { path.move(to: q) } else { path.line(to: q) }
                    }
                    path.close()
                }
                canvas.fillAliased(path, color: colors[band])
            }
            return
        }
        for (level, color) in zip(c.levels, colors) {
            let segments = tracer.isoline(level: level)
            guard !segments.isEmpty else { continue }
            var path = Path()
            for (a, b) in segments {
                path.move(to: Point(x: layout.x(a.x), y: layout.y(a.y)))
                path.line(to: Point(x: layout.x(b.x), y: layout.y(b.y)))
            }
            // Round caps join the separate segments of a line without notches.
            canvas.stroke(path, style: StrokeStyle(color: color, width: c.linewidth * style.pointScale, cap: .round))
        }
    }

    func drawFill(_ f: FillSeries) {
        var path = Path()
        var piece: [Int] = []
        func flush() {
            guard piece.count >= 2 else {
                piece.removeAll()
                return
            }
            for (n, i) in piece.enumerated() {
                let p = Point(x: layout.x(f.x[i]), y: layout.y(f.upper[i]))
                if n == 0 { path.move(to: p) } else { path.line(to: p) }
            }
            for i in piece.reversed() { path.line(to: Point(x: layout.x(f.x[i]), y: layout.y(f.lower[i]))) }
            path.close()
            piece.removeAll()
        }
        // matplotlib leaves gaps where a value is missing.
        for i in f.x.indices {
            if f.x[i].isFinite, f.lower[i].isFinite, f.upper[i].isFinite { piece.append(i) } else { flush() }
        }
        flush()
        canvas.fill(path, color: f.color)
    }

    func drawErrorBars(_ e: ErrorBarSeries) {
        var path = Path()
        for i in e.x.indices where e.x[i].isFinite && e.y[i].isFinite && e.yerr[i].isFinite {
            path.move(to: Point(x: layout.x(e.x[i]), y: layout.y(e.y[i] - e.yerr[i])))
            path.line(to: Point(x: layout.x(e.x[i]), y: layout.y(e.y[i] + e.yerr[i])))
        }
        canvas.stroke(path, style: StrokeStyle(color: e.color, width: e.width * style.pointScale))
    }
}

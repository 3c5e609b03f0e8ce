/// Draws the data series of an axes: lines with their markers, scatter points, bars and reference lines.
struct SeriesPainter {
    var layout: AxesLayout
    var style: PlotStyle
    var canvas: Canvas

    /// Draws one series in data coordinates.
    func draw(_ series: Series) {
        switch series {
        case let .line(s): drawLine(s)
        case let .scatter(s): drawScatter(s)
        case let .bars(s): drawBars(s)
        case let .reference(r): drawReference(r)
        case let .image(image): drawImage(image)
        case let .contour(c): drawContour(c)
        case let .fill(f): drawFill(f)
        case let .errorBars(e): drawErrorBars(e)
        case .text: break  // placed by the layout, drawn by `FigureRenderer` above everything else
        }
    }

    private func drawLine(_ s: LineSeries) {
        let points = zip(s.x, s.y).map { Point(x: layout.x($0), y: layout.y($1)) }
        if s.style != .none {
            canvas.stroke(Self.simplifiedPolyline(points), style: lineStroke(color: s.color, width: s.width, style: s.style))
        }
        if let marker = s.marker {
            let visible = points.filter { $0.x.isFinite && $0.y.isFinite }
            drawMarkers(marker, color: s.color, at: visible)
        }
    }

    /// A polyline through the points, broken at non-finite ones, each piece simplified like matplotlib.
    static func simplifiedPolyline(_ points: [Point]) -> Path {
        var path = Path()
        var piece: [Point] = []
        func flush() {
            for (i, p) in PathSimplifier.simplify(piece).enumerated() {
                if i == 0 { path.move(to: p) } else { path.line(to: p) }
            }
            piece.removeAll(keepingCapacity: true)
        }
        for p in points {
            if p.x.isFinite && p.y.isFinite { piece.append(p) } else { flush() }
        }
        flush()
        return path
    }

    /// Draws line markers (6 pt, 1 pt edge in the same colour), as used by plots and their legend handles.
    func drawMarkers(_ marker: Marker, color: Color, at centers: [Point]) {
        let shape = Self.markerShape(marker, size: 6 * style.pointScale)
        let edge = StrokeStyle(color: color, width: style.pointScale, cap: .butt)
        canvas.markers(shape, at: centers.map(PixelSnap.markerCenter), fill: marker.isStrokedOnly ? nil : color, stroke: edge)
    }

    private func drawScatter(_ s: ScatterSeries) {
        guard let colors = s.colors else {
            let centers = zip(s.x, s.y).map { Point(x: layout.x($0), y: layout.y($1)) }.filter { $0.x.isFinite && $0.y.isFinite }
            drawScatterMarkers(color: s.color, area: s.area, at: centers)
            return
        }
        // Points coloured by value are drawn one by one in data order, so later points cover earlier ones.
        for i in s.x.indices {
            let p = Point(x: layout.x(s.x[i]), y: layout.y(s.y[i]))
            guard p.x.isFinite, p.y.isFinite else { continue }
            drawScatterMarkers(color: colors[i], area: s.area, at: [p])
        }
    }

    /// Draws scatter discs of `area` pt² with a 1 pt edge (`patch.linewidth`) of the face colour
    /// (matplotlib's `edgecolors="face"`).
    func drawScatterMarkers(color: Color, area: Double, at centers: [Point]) {
        let radius = area.squareRoot() / 2 * style.pointScale
        let shape = Path(elements: [.circle(center: Point(x: 0, y: 0), radius: radius)])
        let edge = StrokeStyle(color: color, width: style.pointScale)
        canvas.markers(shape, at: centers.map(PixelSnap.markerCenter), fill: color, stroke: edge)
    }

    private func drawBars(_ s: BarSeries) {
        var path = Path()
        for i in s.lefts.indices where s.lefts[i].isFinite && s.widths[i].isFinite && s.heights[i].isFinite {
            let xs = [layout.x(s.lefts[i]), layout.x(s.lefts[i] + s.widths[i])].map { $0.rounded() }
            let ys = [layout.y(0), layout.y(s.heights[i])].map { $0.rounded() }
            let rect = Rect(minX: xs.min() ?? 0, minY: ys.min() ?? 0, maxX: xs.max() ?? 0, maxY: ys.max() ?? 0)
            path.elements.append(.roundedRect(rect, radius: 0))
        }
        canvas.fill(path, color: s.color)
    }

    private func drawReference(_ r: ReferenceLine) {
        let stroke = lineStroke(color: r.color, width: r.width, style: r.style)
        let f = layout.frame
        var path = Path()
        switch r.orientation {
        case .horizontal:
            let y = PixelSnap.snap(layout.y(r.value), width: stroke.width)
            path.move(to: Point(x: f.minX, y: y))
            path.line(to: Point(x: f.maxX, y: y))
        case .vertical:
            let x = PixelSnap.snap(layout.x(r.value), width: stroke.width)
            path.move(to: Point(x: x, y: f.minY))
            path.line(to: Point(x: x, y: f.maxY))
        }
        if r.value.isFinite, r.style != .none { canvas.stroke(path, style: stroke) }
    }

    /// A stroke for a line of `width` points: dashes scale with the width; solid lines get
    /// matplotlib's projecting caps, dashed ones butt caps.
    func lineStroke(color: Color, width: Double, style lineStyle: LineStyle) -> StrokeStyle {
        let pixels = width * style.pointScale
        return StrokeStyle(
            color: color, width: pixels, dash: lineStyle.dashPattern.map { $0 * pixels },
            cap: lineStyle == .solid ? .square : .butt)
    }

    /// A marker outline around the origin for a marker `size` pixels across.
    static func markerShape(_ marker: Marker, size: Double) -> Path {
        let r = size / 2
        var path = Path()
        switch marker {
        case .circle:
            path.elements.append(.circle(center: Point(x: 0, y: 0), radius: r))
        case .point:
            path.elements.append(.circle(center: Point(x: 0, y: 0), radius: r / 2))
        case .square:
            path.elements.append(.roundedRect(Rect(minX: -r, minY: -r, maxX: r, maxY: r), radius: 0))
        case .triangleUp:
            path.move(to: Point(x: 0, y: -r))
            path.line(to: Point(x: -r, y: r))
            path.line(to: Point(x: r, y: r))
            path.close()
        case .cross:
            path.move(to: Point(x: -r, y: -r))
            path.line(to: Point(x: r, y: r))
            path.move(to: Point(x: -r, y: r))
            path.line(to: Point(x: r, y: -r))
        case .plus:
            path.move(to: Point(x: -r, y: 0))
            path.line(to: Point(x: r, y: 0))
            path.move(to: Point(x: 0, y: -r))
            path.line(to: Point(x: 0, y: r))
        }
        return path
    }
}

/// One legend row: the series it stands for, its handle area and its label.
struct LegendEntry: Equatable {
    var series: Series
    /// The handle's box: 2 font sizes wide, 0.7 high, standing on the label's baseline.
    var handle: Rect
    var label: PlacedText
}

/// The legend of one axes: frame, rows and the location chosen (for `best`, the least crowded one).
///
/// Sizes follow matplotlib's defaults in font sizes: border pad 0.4, label spacing 0.5, handle length 2.0,
/// handle height 0.7, handle-text pad 0.8, border-axes pad 0.5, corner radius 0.2.
struct LegendLayout: Equatable {
    var frame: Rect
    var entries: [LegendEntry]
    var cornerRadius: Double
    /// The location used, never `best`.
    var location: LegendLocation

    /// Lays out the legend of `axes`, or nil when there is nothing labeled (matplotlib then warns and draws none).
    init?(axes: Axes, layout: AxesLayout, style: PlotStyle, measurer: TextMeasurer) {
        guard let requested = axes.legend else { return nil }
        let labeled = axes.series.compactMap { s in s.legendLabel.map { (s, $0) } }
        guard !labeled.isEmpty else { return nil }
        let font = style.fontSize
        let boxes = labeled.map { TextBox($0.1, size: font, measurer: measurer) }
        let pad = 0.4 * font
        let spacing = 0.5 * font
        let handleWidth = 2.0 * font
        let handleHeight = 0.7 * font
        let textPad = 0.8 * font
        // matplotlib's TextArea gives every label at least the ink ascent of "lp".
        let lpAscent = measurer.extents(of: "lp", size: font).ascent
        let rowHeights = boxes.map { max($0.ascent, handleHeight, lpAscent) + $0.descent }
        let width = 2 * pad + handleWidth + textPad + (boxes.map(\.width).max() ?? 0)
        let height = 2 * pad + rowHeights.reduce(0, +) + spacing * Double(boxes.count - 1)
        let container = layout.frame.insetBy(0.5 * font)
        let obstacles = LegendObstacles(axes: axes, layout: layout)
        let chosen = requested == .best
            ? obstacles.bestLocation(width: width, height: height, in: container)
            : requested
        frame = Self.anchored(chosen, width: width, height: height, in: container)
        location = chosen
        cornerRadius = 0.2 * font
        var top = frame.minY + pad
        entries = []
        for ((series, _), (box, rowHeight)) in zip(labeled, zip(boxes, rowHeights)) {
            let baseline = top + rowHeight - box.descent
            let handle = Rect(minX: frame.minX + pad, minY: baseline - handleHeight, maxX: frame.minX + pad + handleWidth, maxY: baseline)
            let label = PlacedText(box, anchor: Point(x: handle.maxX + textPad, y: baseline), h: .left, v: .baseline)
            entries.append(LegendEntry(series: series, handle: handle, label: label))
            top += rowHeight + spacing
        }
    }

    /// The legend frame for a fixed location inside the padded axes frame.
    static func anchored(_ loc: LegendLocation, width: Double, height: Double, in container: Rect) -> Rect {
        let x = container.minX + loc.horizontal * (container.width - width)
        let y = container.minY + loc.vertical * (container.height - height)
        return Rect(x: x, y: y, width: width, height: height)
    }
}

/// The data a legend placed at `best` should avoid, in pixels (matplotlib's `_auto_legend_data`).
struct LegendObstacles {
    var polylines: [[Point]] = []
    var points: [Point] = []
    var boxes: [Rect] = []

    init(axes: Axes, layout: AxesLayout) {
        for series in axes.series {
            switch series {
            case let .line(s):
                polylines.append(zip(s.x, s.y).map { Point(x: layout.x($0), y: layout.y($1)) })
            case let .scatter(s):
                points += zip(s.x, s.y).map { Point(x: layout.x($0), y: layout.y($1)) }
            case let .bars(s):
                for i in s.lefts.indices {
                    let xs = [layout.x(s.lefts[i]), layout.x(s.lefts[i] + s.widths[i])]
                    let ys = [layout.y(0), layout.y(s.heights[i])]
                    boxes.append(Rect(minX: xs.min() ?? 0, minY: ys.min() ?? 0, maxX: xs.max() ?? 0, maxY: ys.max() ?? 0))
                }
            case let .reference(r):
                let f = layout.frame
                polylines.append(r.orientation == .horizontal
                    ? [Point(x: f.minX, y: layout.y(r.value)), Point(x: f.maxX, y: layout.y(r.value))]
                    : [Point(x: layout.x(r.value), y: f.minY), Point(x: layout.x(r.value), y: f.maxY)])
            case let .fill(fill):
                // matplotlib counts a collection's path vertices.
                points += zip(fill.x, fill.upper).map { Point(x: layout.x($0), y: layout.y($1)) }
                points += zip(fill.x, fill.lower).map { Point(x: layout.x($0), y: layout.y($1)) }
            case .image, .contour, .errorBars, .text:
                break
            }
        }
    }

    /// How much of the data a legend frame would hide: vertices and points inside, boxes overlapped,
    /// and one for each line crossing it.
    func badness(of frame: Rect) -> Int {
        var count = 0
        for line in polylines {
            count += line.filter { frame.containsStrictly($0) }.count
            if zip(line, line.dropFirst()).contains(where: { a, b in
                a.x.isFinite && a.y.isFinite && b.x.isFinite && b.y.isFinite && frame.intersectsSegment(a, b)
            }) {
                count += 1
            }
        }
        count += points.filter { frame.containsStrictly($0) }.count
        count += boxes.filter { frame.overlaps($0) }.count
        return count
    }

    /// matplotlib's `_find_best_position`: the first location, in its fixed order, with the least badness.
    func bestLocation(width: Double, height: Double, in container: Rect) -> LegendLocation {
        var best: (badness: Int, loc: LegendLocation)?
        for loc in LegendLocation.allCases where loc != .best {
            let badness = badness(of: LegendLayout.anchored(loc, width: width, height: height, in: container))
            if badness == 0 { return loc }
            if badness < (best?.badness ?? Int.max) { best = (badness, loc) }
        }
        return best?.loc ?? .upperRight
    }
}

extension Rect {
    /// The rectangle shrunk by `d` on every side.
    func insetBy(_ d: Double) -> Rect {
        Rect(minX: minX + d, minY: minY + d, maxX: maxX - d, maxY: maxY - d)
    }
}

import Foundation

/// One tick of an axis: its data value, its pixel position along the axis and its label.
struct AxisTick: Equatable {
    var value: Double
    var position: Double
    var label: PlacedText?
    /// The superscript of a 10ᵏ label on a log axis (`label` is then the "10").
    var exponent: PlacedText? = nil
}

/// Where everything of one axes goes for a given frame: scales, ticks, labels, title and the tight box.
///
/// A pure function of the axes spec, its frame and a text measurer, so tight layout can call it
/// repeatedly and tests can check it without a canvas.
struct AxesLayout: Equatable {
    /// The axes rectangle in pixels.
    var frame: Rect
    var xView: Interval
    var yView: Interval
    var xTicks: [AxisTick] = []
    var yTicks: [AxisTick] = []
    /// Pixel positions of the minor ticks of a log y axis.
    var yMinorTicks: [Double] = []
    /// Whether y is drawn on a log scale.
    var yLog = false
    /// Pixel positions of the minor ticks of a log x axis.
    var xMinorTicks: [Double] = []
    /// Whether x is drawn on a log scale.
    var xLog = false
    var xOffsetText: PlacedText?
    var yOffsetText: PlacedText?
    var title: PlacedText?
    var xlabel: PlacedText?
    var ylabel: PlacedText?
    /// Texts placed in data coordinates (`text`, `annotate`), in the order of their series.
    var annotations: [PlacedText] = []
    /// The union of the frame and all texts: matplotlib's tight bounding box of the axes.
    var bounds: Rect

    /// Lays out `axes` inside `frame`.
    init(axes: Axes, frame: Rect, style: PlotStyle, measurer: TextMeasurer) {
        xView = Autoscale.xView(of: axes)
        yView = Autoscale.yView(of: axes)
        yLog = axes.yLog
        xLog = axes.xLog
        // An axes beside a colour bar leans towards it (matplotlib's `panchor` (1, 0.5)).
        self.frame = axes.equalAspect
            ? Self.fitAspect(frame, xSpan: abs(xView.span), ySpan: abs(yView.span), anchorX: axes.colorbar == nil ? 0.5 : 1)
            : frame
        bounds = self.frame
        layoutXAxis(axes, style: style, measurer: measurer)
        layoutYAxis(axes, style: style, measurer: measurer)
        layoutTitle(axes, style: style, measurer: measurer)
        for case let .text(t) in axes.series {
            let box = TextBox(t.text, size: style.fontSize, measurer: measurer)
            annotations.append(PlacedText(box, anchor: Point(x: x(t.x), y: y(t.y)), h: .left, v: .baseline))
        }
        for text in [xOffsetText, yOffsetText, title, xlabel, ylabel].compactMap({ $0 }) + annotations {
            bounds = bounds.union(text.bounds)
        }
        for tick in xTicks + yTicks {
            for text in [tick.label, tick.exponent].compactMap({ $0 }) { bounds = bounds.union(text.bounds) }
        }
    }

    /// The largest box inside `frame` whose sides have the data's proportions (matplotlib's `apply_aspect`
    /// with `adjustable="box"`), placed at `anchorX` across (0 left, 1 right) and centred vertically.
    static func fitAspect(_ frame: Rect, xSpan: Double, ySpan: Double, anchorX: Double) -> Rect {
        guard xSpan > 0, ySpan > 0, xSpan.isFinite, ySpan.isFinite else { return frame }
        let ratio = ySpan / xSpan
        var width = frame.width
        var height = width * ratio
        if height > frame.height {
            height = frame.height
            width = height / ratio
        }
        let x = frame.minX + anchorX * (frame.width - width)
        let y = frame.minY + 0.5 * (frame.height - height)
        return Rect(x: x, y: y, width: width, height: height)
    }

    /// Data x to pixel x; on a log axis values ≤ 0 give NaN, which the painters leave out.
    func x(_ v: Double) -> Double {
        guard xLog else { return frame.minX + (v - xView.lower) / xView.span * frame.width }
        guard v > 0 else { return .nan }
        let low = log10(xView.lower)
        return frame.minX + (log10(v) - low) / (log10(xView.upper) - low) * frame.width
    }

    /// Data y to pixel y (upwards in data is downwards on the canvas); on a log axis values ≤ 0 give NaN,
    /// which the painters leave out.
    func y(_ v: Double) -> Double {
        guard yLog else { return frame.maxY - (v - yView.lower) / yView.span * frame.height }
        guard v > 0 else { return .nan }
        let low = log10(yView.lower)
        return frame.maxY - (log10(v) - low) / (log10(yView.upper) - low) * frame.height
    }

    private mutating func layoutXAxis(_ axes: Axes, style: PlotStyle, measurer: TextMeasurer) {
        let labelTop = frame.maxY + style.tickLabelGap
        if xLog {
            layoutLogXAxis(axes, labelTop: labelTop, style: style, measurer: measurer)
            return
        }
        let ticks = Self.ticks(
            view: xView, lengthInPoints: frame.width / style.pointScale, horizontal: true, categories: axes.categories)
        xTicks = ticks.values.map { value, label in
            let position = x(value)
            let text = label.isEmpty ? nil : PlacedText(
                TextBox(label, size: style.fontSize, measurer: measurer),
                anchor: Point(x: position, y: labelTop), h: .center, v: .top)
            return AxisTick(value: value, position: position, label: text)
        }
        let bottom = xTicks.compactMap { $0.label?.bounds.maxY }.max().map { max($0, frame.maxY) } ?? frame.maxY
        if !ticks.offsetText.isEmpty {
            xOffsetText = PlacedText(
                TextBox(ticks.offsetText, size: style.fontSize, measurer: measurer),
                anchor: Point(x: frame.maxX, y: bottom + style.offsetTextPad), h: .right, v: .top)
        }
        if let text = axes.xlabel, !text.isEmpty {
            xlabel = PlacedText(
                TextBox(text, size: style.fontSize, measurer: measurer),
                anchor: Point(x: (frame.minX + frame.maxX) / 2, y: bottom + style.labelPad), h: .center, v: .top)
        }
    }

    private mutating func layoutYAxis(_ axes: Axes, style: PlotStyle, measurer: TextMeasurer) {
        let labelRight = frame.minX - style.tickLabelGap
        if yLog {
            layoutLogYAxis(axes, labelRight: labelRight, style: style, measurer: measurer)
            return
        }
        let ticks = Self.ticks(
            view: yView, lengthInPoints: frame.height / style.pointScale, horizontal: false, categories: nil)
        yTicks = ticks.values.map { value, label in
            let position = y(value)
            let text = label.isEmpty ? nil : PlacedText(
                TextBox(label, size: style.fontSize, measurer: measurer),
                anchor: Point(x: labelRight, y: position), h: .right, v: .centerBaseline)
            return AxisTick(value: value, position: position, label: text)
        }
        if !ticks.offsetText.isEmpty {
            yOffsetText = PlacedText(
                TextBox(ticks.offsetText, size: style.fontSize, measurer: measurer),
                anchor: Point(x: frame.minX, y: frame.minY - style.offsetTextPad), h: .left, v: .baseline)
        }
        if let text = axes.ylabel, !text.isEmpty {
            let left = yTicks.compactMap { $0.label?.bounds.minX }.min().map { min($0, frame.minX) } ?? frame.minX
            ylabel = PlacedText(
                verticalBox: TextBox(text, size: style.fontSize, measurer: measurer),
                anchor: Point(x: left - style.labelPad, y: (frame.minY + frame.maxY) / 2))
        }
    }

    /// Decade ticks labelled 10ᵏ and unlabelled minor ticks, as matplotlib's log scale draws them.
    private mutating func layoutLogYAxis(_ axes: Axes, labelRight: Double, style: PlotStyle, measurer: TextMeasurer) {
        let space = Int((frame.height / style.pointScale / 20).rounded(.down))
        let (major, minor) = LogTicks.ticks(from: yView.lower, to: yView.upper, request: min(max(space, 2), 9))
        let view = Interval(lower: log10(yView.minimum), upper: log10(yView.maximum))
        yTicks = major.filter { view.containsClose(log10($0)) }.map { value in
            let position = y(value)
            guard let exponent = LogTicks.exponent(of: value) else { return AxisTick(value: value, position: position) }
            // mathtext's layout of `10^{k}`: the exponent at 0.7 of the size, 1.282 em along, raised 0.413 em.
            let base = TextBox("10", size: style.fontSize, measurer: measurer)
            let small = TextBox(exponent, size: 0.7 * style.fontSize, measurer: measurer)
            // mathtext adds its script space (0.05 of the exponent's size) and rounds the box up to whole pixels.
            let width = (1.282 * style.fontSize + small.width + 0.05 * small.size).rounded(.up)
            let left = labelRight - width
            let label = PlacedText(base, anchor: Point(x: left, y: position), h: .left, v: .centerBaseline)
            let baseline = label.lines[0].origin.y - 0.413 * style.fontSize
            let sup = PlacedText(small, anchor: Point(x: left + 1.282 * style.fontSize, y: baseline), h: .left, v: .baseline)
            return AxisTick(value: value, position: position, label: label, exponent: sup)
        }
        yMinorTicks = minor.filter { view.containsClose(log10($0)) }.map(y)
        if let text = axes.ylabel, !text.isEmpty {
            let left = yTicks.compactMap { $0.label?.bounds.minX }.min().map { min($0, frame.minX) } ?? frame.minX
            ylabel = PlacedText(
                verticalBox: TextBox(text, size: style.fontSize, measurer: measurer),
                anchor: Point(x: left - style.labelPad, y: (frame.minY + frame.maxY) / 2))
        }
    }

    private mutating func layoutTitle(_ axes: Axes, style: PlotStyle, measurer: TextMeasurer) {
        guard let text = axes.title, !text.isEmpty else { return }
        let box = TextBox(text, size: style.titleSize, measurer: measurer)
        let center = (frame.minX + frame.maxX) / 2
        var top = frame.minY
        var placed = PlacedText(box, anchor: Point(x: center, y: top - style.titlePad), h: .center, v: .baseline)
        // matplotlib lifts the title above the y offset text ("1e6") when they would collide.
        if let offset = yOffsetText, offset.bounds.overlaps(placed.bounds) {
            top = offset.bounds.minY
            placed = PlacedText(box, anchor: Point(x: center, y: top - style.titlePad), h: .center, v: .baseline)
        }
        title = placed
    }

    /// The visible ticks of one axis with their labels (category names for bar charts).
    static func ticks(
        view: Interval, lengthInPoints: Double, horizontal: Bool, categories: [String]?
    ) -> (values: [(Double, String)], offsetText: String) {
        if let categories {
            let shown = categories.enumerated().map { (Double($0.offset), $0.element) }
            return (shown.filter { view.containsClose($0.0) }, "")
        }
        let bins = TickLocator.binCount(lengthInPoints: lengthInPoints, fontSize: 10, horizontal: horizontal)
        let locs = TickLocator.ticks(from: view.minimum, to: view.maximum, bins: bins)
        let formatter = TickFormatter(locs: locs, view: view.minimum...view.maximum)
        let all = zip(locs, formatter.labels).map { ($0, $1) }
        return (all.filter { view.containsClose($0.0) }, formatter.offsetText)
    }
}

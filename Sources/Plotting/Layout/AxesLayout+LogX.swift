import Foundation

extension AxesLayout {
    /// Decade ticks labelled 10ᵏ and unlabelled minor ticks along a log x axis (matplotlib's log
    /// scale, as `layoutLogYAxis` does for y).
    mutating func layoutLogXAxis(_ axes: Axes, labelTop: Double, style: PlotStyle, measurer: TextMeasurer) {
        // matplotlib's XAxis.get_tick_space: the axis length over three font sizes (y uses two).
        let space = Int((frame.width / style.pointScale / 30).rounded(.down))
        let (major, minor) = LogTicks.ticks(from: xView.lower, to: xView.upper, request: min(max(space, 2), 9))
        let view = Interval(lower: log10(xView.minimum), upper: log10(xView.maximum))
        xTicks = major.filter { view.containsClose(log10($0)) }.map { value in
            let position = x(value)
            guard let exponent = LogTicks.exponent(of: value) else { return AxisTick(value: value, position: position) }
            // mathtext's `10^{k}`: the exponent at 0.7 of the size, 1.282 em along and raised 0.413 em; the
            // label's top (`va="top"`) is the top of the exponent's digits (0.729 em in DejaVu Sans).
            let base = TextBox("10", size: style.fontSize, measurer: measurer)
            let small = TextBox(exponent, size: 0.7 * style.fontSize, measurer: measurer)
            let width = (1.282 * style.fontSize + small.width + 0.05 * small.size).rounded(.up)
            let left = position - width / 2
            let exponentBaseline = labelTop + 0.729 * small.size
            let sup = PlacedText(small, anchor: Point(x: left + 1.282 * style.fontSize, y: exponentBaseline), h: .left, v: .baseline)
            let label = PlacedText(base, anchor: Point(x: left, y: exponentBaseline + 0.413 * style.fontSize), h: .left, v: .baseline)
            return AxisTick(value: value, position: position, label: label, exponent: sup)
        }
        xMinorTicks = minor.filter { view.containsClose(log10($0)) }.map(x)
        let bottom = xTicks.compactMap { $0.label?.bounds.maxY }.max().map { max($0, frame.maxY) } ?? frame.maxY
        if let text = axes.xlabel, !text.isEmpty {
            xlabel = PlacedText(
                TextBox(text, size: style.fontSize, measurer: measurer),
                anchor: Point(x: (frame.minX + frame.maxX) / 2, y: bottom + style.labelPad), h: .center, v: .top)
        }
    }
}

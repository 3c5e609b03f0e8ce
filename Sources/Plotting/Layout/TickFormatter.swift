import Foundation

/// matplotlib's `ScalarFormatter`: one decimal count for all ticks, an offset or a power of ten for
/// crowded or huge values, and the Unicode minus sign (U+2212).
struct TickFormatter {
    /// The labels, one per tick value given.
    var labels: [String]
    /// Text drawn at the end of the axis, e.g. `1e6` or `+1e3`; empty when not needed.
    var offsetText: String

    /// matplotlib's `axes.formatter.limits`: scientific notation below 1e-5 and from 1e6.
    private static let powerLimits = (-5, 6)
    /// matplotlib's `axes.formatter.offset_threshold`.
    private static let offsetThreshold = 4

    /// Formats the ticks of one axis.
    /// - Parameters:
    ///   - locs: all tick values the locator returned (including those just outside the view).
    ///   - view: the axis view interval.
    init(locs: [Double], view: ClosedRange<Double>) {
        let visible = locs.filter { view.contains($0) }
        let offset = Self.offset(visible: visible)
        let order = Self.orderOfMagnitude(visible: visible, offset: offset, view: view)
        let decimals = Self.decimals(locs: locs, view: view, offset: offset, order: order)
        let divisor = pow(10, Double(order))
        labels = locs.map { loc in
            var value = (loc - offset) / divisor
            if abs(value) < 1e-8 { value = 0 }
            return Self.unicodeMinus(String(format: "%1.\(decimals)f", value))
        }
        var text = ""
        if order != 0 { text += Self.scientific(pow(10, Double(order))) }
        if offset != 0 { text += (offset > 0 ? "+" : "") + Self.scientific(offset) }
        offsetText = Self.unicodeMinus(text)
    }

    /// matplotlib writes negative numbers with U+2212, not a hyphen.
    static func unicodeMinus(_ s: String) -> String {
        s.replacingOccurrences(of: "-", with: "\u{2212}")
    }

    /// `_compute_offset`: subtract a round number when all ticks share many leading digits.
    private static func offset(visible: [Double]) -> Double {
        guard let lmin = visible.min(), let lmax = visible.max(), lmin != lmax, !(lmin <= 0 && 0 <= lmax) else {
            return 0
        }
        let absMin = min(abs(lmin), abs(lmax))
        let absMax = max(abs(lmin), abs(lmax))
        let sign: Double = lmin < 0 ? -1 : 1
        let oomMax = log10(absMax).rounded(.up)
        var oom = oomMax
        while oom > oomMax - 400, (absMin / pow(10, oom)).rounded(.down) == (absMax / pow(10, oom)).rounded(.down) {
            oom -= 1
        }
        oom += 1
        if (absMax - absMin) / pow(10, oom) <= 1e-2 {
            oom = oomMax
            while oom > oomMax - 400,
                (absMax / pow(10, oom)).rounded(.down) - (absMin / pow(10, oom)).rounded(.down) <= 1 {
                oom -= 1
            }
            oom += 1
        }
        let leading = (absMax / pow(10, oom)).rounded(.down)
        return leading >= pow(10, Double(offsetThreshold - 1)) ? sign * leading * pow(10, oom) : 0
    }

    /// `_set_order_of_magnitude`: the power of ten factored out for very large or small ticks.
    private static func orderOfMagnitude(visible: [Double], offset: Double, view: ClosedRange<Double>) -> Int {
        guard let largest = visible.map(abs).max() else { return 0 }
        let oom: Int
        if offset != 0 {
            oom = Int(saturating: log10(view.upperBound - view.lowerBound))
        } else if largest == 0 {
            oom = 0
        } else {
            oom = Int(saturating: log10(largest))
        }
        return oom <= powerLimits.0 || oom >= powerLimits.1 ? oom : 0
    }

    /// `_set_format`: the fewest decimals that still tell all ticks apart.
    private static func decimals(locs: [Double], view: ClosedRange<Double>, offset: Double, order: Int) -> Int {
        var all = locs
        if locs.count < 2 { all += [view.lowerBound, view.upperBound] }
        let scaled = all.map { ($0 - offset) / pow(10, Double(order)) }
        var range = (scaled.max() ?? 0) - (scaled.min() ?? 0)
        if range == 0 { range = scaled.map(abs).max() ?? 0 }
        if range == 0 || !range.isFinite { range = 1 }
        let shown = locs.count < 2 ? Array(scaled.prefix(locs.count)) : scaled
        let rangeOOM = Int(saturating: log10(range))
        var sigfigs = max(0, 3 - rangeOOM)
        let threshold = 1e-3 * pow(10, Double(rangeOOM))
        while sigfigs >= 0 {
            let factor = pow(10, Double(sigfigs))
            let error = shown.map { abs($0 - ($0 * factor).rounded(.toNearestOrEven) / factor) }.max() ?? 0
            if error < threshold { sigfigs -= 1 } else { break }
        }
        return min(sigfigs + 1, 20)
    }

    /// `format_data`: `1e6`, `2.5e-07`-style text for the offset label.
    private static func scientific(_ value: Double) -> String {
        guard value != 0, value.isFinite else { return "0" }
        let exponent = Int(saturating: log10(abs(value)))
        let significand = ((value / pow(10, Double(exponent))) * 1e10).rounded() / 1e10
        let mantissa = significand.truncatingRemainder(dividingBy: 1) == 0
            ? String(Int(significand)) : String(format: "%1.10g", significand)
        return exponent == 0 ? mantissa : "\(mantissa)e\(exponent)"
    }
}

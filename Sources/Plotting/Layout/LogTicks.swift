import Foundation

/// matplotlib's ticks of a log axis: `LogLocator` majors at decades (every `stride`-th when there are
/// many), `LogLocator(subs="auto")` minors at 2…9 times each decade, and `LogFormatterSciNotation`
/// labels written 10ᵏ.
enum LogTicks {
    /// The major tick values and, when the decades are not thinned out, the minor ones, for a positive view
    /// interval; `request` is the axis' tick space clipped to 2…9.
    static func ticks(from lower: Double, to upper: Double, request: Int) -> (major: [Double], minor: [Double]) {
        let vmin = Swift.min(lower, upper)
        let vmax = Swift.max(lower, upper)
        guard vmin > 0, vmax.isFinite else { return ([], []) }
        let efmin = log10(vmin)
        let efmax = log10(vmax)
        let emin = Int(efmin.rounded(.up))
        let emax = Int(efmax.rounded(.down))
        let available = emax - emin + 1
        var count = request
        var stride = available / (count + 1) + 1
        let needed = (available + stride - 1) / stride
        if needed <= count { count = needed }
        var decades: [Int]
        if count == 0 {
            decades = [emin - 1, emax + 1]
            stride = decades[1] - decades[0]
        } else if count == 1 {
            let mid = Int(((efmin + efmax) / 2).rounded(.toNearestOrEven))
            stride = Swift.max(mid - (emin - 1), (emax + 1) - mid)
            decades = [mid - stride, mid, mid + stride]
        } else {
            stride = (available - 1) / (count - 1)
            if Double(stride) < Double(available) / Double(count) { stride = available / count }
            let olo = Swift.max(available - stride * count, 0)
            let ohi = Swift.min(available - stride * (count - 1), stride)
            var offset = ((-emin) % stride + stride) % stride
            if !(olo <= offset && offset < ohi) { offset = olo }
            decades = Array(Swift.stride(from: emin + offset - stride, through: emax + stride, by: stride))
        }
        let major = decades.map { pow(10, Double($0)) }
        // `subs="auto"` draws no minor ticks over ten or more decades, nor between thinned-out majors.
        guard available < 10, stride == 1 || available <= 1 else { return (major, []) }
        let minor = ((emin - 1)...emax).flatMap { d in (2...9).map { Double($0) * pow(10, Double(d)) } }
        return (major, minor)
    }

    /// The exponent of a decade tick as matplotlib writes it (Unicode minus), or nil for a value that is not
    /// a power of ten.
    static func exponent(of value: Double) -> String? {
        let k = log10(value).rounded()
        guard value > 0, abs(pow(10, k) - value) <= 1e-9 * value else { return nil }
        return TickFormatter.unicodeMinus(String(Int(k)))
    }
}

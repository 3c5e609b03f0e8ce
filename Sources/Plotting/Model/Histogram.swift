/// NumPy's `histogram` with equal-width bins: edges spanning the finite values and a count per bin
/// (the last bin includes its right edge).
struct Histogram: Equatable {
    var edges: [Double]
    var counts: [Double]

    /// Bins the finite values; non-finite ones are left out.
    /// - Precondition: `bins >= 1` (checked by the caller, `Pyplot.hist`).
    init(values: [Double], bins: Int) {
        let finite = values.filter(\.isFinite)
        var low = finite.min() ?? 0
        var high = finite.max() ?? 1
        if low == high {
            low -= 0.5
            high += 0.5
        }
        let n = Double(bins)
        edges = (0...bins).map { low + (high - low) * Double($0) / n }
        counts = Array(repeating: 0, count: bins)
        let norm = n / (high - low)
        for v in finite {
            var index = min(bins - 1, max(0, Int(saturating: (v - low) * norm)))
            // NumPy's correction for values the multiplication put into a neighbouring bin.
            if v < edges[index], index > 0 { index -= 1 }
            if v >= edges[index + 1], index < bins - 1 { index += 1 }
            counts[index] += 1
        }
    }
}

/// The area between two curves, from `fillBetween`.
struct FillSeries: Equatable {
    var x: [Double]
    var lower: [Double]
    var upper: [Double]
    /// Face colour with the call's alpha; matplotlib draws no edge.
    var color: Color
    var label: String?
}

/// Vertical error bars from `errorbar` (its line is a separate `LineSeries`): no caps, as matplotlib's default.
struct ErrorBarSeries: Equatable {
    var x: [Double]
    var y: [Double]
    /// Half-length of each bar (symmetric errors).
    var yerr: [Double]
    var color: Color
    /// Line width in points.
    var width: Double
}

/// A text in data coordinates, from `text` and `annotate` (left-aligned on its baseline, 10 pt black).
struct TextSeries: Equatable {
    var x: Double
    var y: Double
    var text: String
}

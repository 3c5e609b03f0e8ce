/// How a line is stroked: matplotlib's `-`, `--`, `:`, `-.` (or none, for marker-only plots).
enum LineStyle: Sendable, Equatable {
    /// `-`: a continuous line.
    case solid
    /// `--`: dashes of 3.7 x 1.6 line widths.
    case dashed
    /// `:`: dots of 1 x 1.65 line widths.
    case dotted
    /// `-.`: dash, gap, dot, gap.
    case dashDot
    /// No line at all (a format string with only a marker, e.g. `"o"`).
    case none

    /// Parses a line style argument (`"--"`, `"dashed"`, ...).
    /// - Throws: `PlotError.unknownLineStyle` for anything else.
    static func parse(_ spec: String) throws(PlotError) -> LineStyle {
        switch spec.trimmingSpaces.lowercased() {
        case "-", "solid": return .solid
        case "--", "dashed": return .dashed
        case ":", "dotted": return .dotted
        case "-.", "dashdot": return .dashDot
        case "", " ", "none": return .none
        default: throw .unknownLineStyle(spec)
        }
    }

    /// The on/off pattern in multiples of the line width (matplotlib's `lines.*_pattern` with scaled dashes).
    var dashPattern: [Double] {
        switch self {
        case .solid, .none: return []
        case .dashed: return [3.7, 1.6]
        case .dotted: return [1, 1.65]
        case .dashDot: return [6.4, 1.6, 1, 1.6]
        }
    }

    /// Short name used in golden dumps.
    var symbol: String {
        switch self {
        case .solid: return "-"
        case .dashed: return "--"
        case .dotted: return ":"
        case .dashDot: return "-."
        case .none: return "none"
        }
    }
}

/// A point marker of a line plot: matplotlib's `o . x + s ^`.
enum Marker: Character, Sendable, Equatable {
    /// `o`: filled circle.
    case circle = "o"
    /// `.`: small filled circle (half the size).
    case point = "."
    /// `x`: diagonal cross (stroked).
    case cross = "x"
    /// `+`: upright cross (stroked).
    case plus = "+"
    /// `s`: filled square.
    case square = "s"
    /// `^`: filled upward triangle.
    case triangleUp = "^"

    /// Whether the marker is drawn as lines only (no fill).
    var isStrokedOnly: Bool { self == .cross || self == .plus }
}

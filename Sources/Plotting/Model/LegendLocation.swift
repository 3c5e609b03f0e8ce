/// Where a legend goes inside its axes; `best` picks the spot covering the least data, like matplotlib.
enum LegendLocation: Int, Sendable, CaseIterable, Equatable {
    /// Tries the other locations in matplotlib's order and takes the first with the least overlap.
    case best = 0
    case upperRight = 1
    case upperLeft = 2
    case lowerLeft = 3
    case lowerRight = 4
    case right = 5
    case centerLeft = 6
    case centerRight = 7
    case lowerCenter = 8
    case upperCenter = 9
    case center = 10

    /// matplotlib's names for the locations, indexed by raw value.
    static let names = [
        "best", "upper right", "upper left", "lower left", "lower right", "right",
        "center left", "center right", "lower center", "upper center", "center",
    ]

    /// Parses a matplotlib `loc` string such as `"upper left"`.
    /// - Throws: `PlotError.unknownLegendLocation` for an unknown name.
    static func parse(_ name: String) throws(PlotError) -> LegendLocation {
        let key = name.trimmingSpaces.lowercased()
        guard let index = names.firstIndex(of: key), let loc = LegendLocation(rawValue: index) else {
            throw .unknownLegendLocation(name)
        }
        return loc
    }

    /// Horizontal anchor: 0 left, 0.5 centre, 1 right.
    var horizontal: Double {
        switch self {
        case .upperLeft, .lowerLeft, .centerLeft: return 0
        case .upperRight, .lowerRight, .right, .centerRight: return 1
        case .best, .lowerCenter, .upperCenter, .center: return 0.5
        }
    }

    /// Vertical anchor: 0 top, 0.5 centre, 1 bottom (screen coordinates, y grows down).
    var vertical: Double {
        switch self {
        case .upperRight, .upperLeft, .upperCenter: return 0
        case .lowerLeft, .lowerRight, .lowerCenter: return 1
        case .best, .right, .centerLeft, .centerRight, .center: return 0.5
        }
    }
}

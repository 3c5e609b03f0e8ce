/// matplotlib's choice of contour levels (`ContourSet._autolev`).
enum ContourLevels {
    /// The levels for `levels: n`: a `MaxNLocator(n + 1)` with its default steps over the data range,
    /// trimmed to one level beyond the data at each end.
    /// - Parameters:
    ///   - count: the requested number of levels (`n`).
    ///   - zmin, zmax: the finite data range.
    static func automatic(count: Int, zmin: Double, zmax: Double) -> [Double] {
        let all = TickLocator.ticks(from: zmin, to: zmax, bins: count + 1, steps: TickLocator.maxNSteps, minTicks: 1)
        let first = all.lastIndex(where: { $0 < zmin }) ?? 0
        let end = all.firstIndex(where: { $0 > zmax }).map { $0 + 1 } ?? all.count
        return end - first < 3 ? all : Array(all[first..<end])
    }

    /// The levels a contour call draws, checked like matplotlib does.
    /// - Parameters:
    ///   - requested: explicit levels, or nil to choose `count` automatically.
    ///   - filled: bands need at least two levels.
    /// - Throws: `PlotError.invalidArgument` for too few, non-finite or non-increasing levels.
    static func resolve(
        requested: [Double]?, count: Int, z: Grid, filled: Bool, function: String
    ) throws(PlotError) -> [Double] {
        let levels: [Double]
        if let requested {
            levels = requested
        } else {
            guard count >= 1, count <= 1000 else {
                throw .invalidArgument(function: function, message: "levels must be between 1 and 1000, got \(count)")
            }
            var range = DataRange()
            for v in z.values { range.add(v) }
            levels = automatic(count: count, zmin: range.low ?? 0, zmax: range.high ?? 1)
        }
        guard !levels.isEmpty, levels.allSatisfy(\.isFinite) else {
            throw .invalidArgument(function: function, message: "levels must be finite numbers")
        }
        if filled, levels.count < 2 {
            throw .invalidArgument(function: function, message: "filled contours require at least 2 levels")
        }
        guard zip(levels, levels.dropFirst()).allSatisfy({ $0 < $1 }) else {
            throw .invalidArgument(function: function, message: "contour levels must be increasing")
        }
        return levels
    }
}

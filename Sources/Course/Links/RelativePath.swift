/// Relative paths between absolute, standardised paths, so pages link to course files without naming
/// the output folder's own path.
enum RelativePath {
    /// The path that leads from the folder `base` to `target` (`../data/points.csv`).
    static func from(_ base: String, to target: String) -> String {
        let from = base.split(separator: "/")
        let to = target.split(separator: "/")
        var common = 0
        while common < min(from.count, to.count), from[common] == to[common] { common += 1 }
        let up = Array(repeating: "..", count: from.count - common)
        return (up + to[common...].map(String.init)).joined(separator: "/")
    }
}

/// Marching squares over a grid of values: the polygons of a band between two levels and the segments of
/// the line at one level, in data coordinates, with crossings placed by linear interpolation along cell
/// edges as matplotlib's contour generator places them.
///
/// Cells with a non-finite corner are left out (matplotlib masks them).
struct ContourTracer {
    let x: Grid
    let y: Grid
    let z: Grid

    /// One corner or edge crossing: its data position and value.
    private struct Vertex {
        var x: Double
        var y: Double
        var z: Double
    }

    /// The regions between consecutive levels (`levels[i] <= z <= levels[i + 1]`), one list of polygons per
    /// band, all turning the same way (so that filling a band's polygons with the non-zero rule draws their
    /// union without seams). Runs of cells wholly inside one band are merged into one polygon per row.
    func bands(levels: [Double]) -> [[[Point]]] {
        var result = Array(repeating: [[Point]](), count: max(0, levels.count - 1))
        guard levels.count >= 2 else { return result }
        for r in 0..<(z.rows - 1) {
            var run: (band: Int, start: Int)?
            for c in 0..<(z.cols - 1) {
                let corners = cell(r, c)
                guard corners.allSatisfy({ $0.z.isFinite }) else {
                    flushRun(&run, row: r, end: c, into: &result)
                    continue
                }
                let low = min(corners[0].z, corners[1].z, corners[2].z, corners[3].z)
                let high = max(corners[0].z, corners[1].z, corners[2].z, corners[3].z)
                // The first band whose top reaches the cell's lowest corner.
                let first = Self.firstIndex(in: levels, notBelow: low)
                if first >= 1, first < levels.count, high <= levels[first], low >= levels[first - 1] {
                    if let current = run, current.band == first - 1 { continue }
                    flushRun(&run, row: r, end: c, into: &result)
                    run = (first - 1, c)
                    continue
                }
                flushRun(&run, row: r, end: c, into: &result)
                for band in max(0, first - 1)..<(levels.count - 1) where levels[band] <= high {
                    let clipped = Self.clip(
                        Self.clip(corners, keepAbove: true, level: levels[band]), keepAbove: false, level: levels[band + 1])
                    if clipped.count >= 3 { result[band].append(clipped.map { Point(x: $0.x, y: $0.y) }) }
                }
            }
            flushRun(&run, row: r, end: z.cols - 1, into: &result)
        }
        return result
    }

    /// The index of the first level at or above `v` (binary search in increasing levels).
    private static func firstIndex(in levels: [Double], notBelow v: Double) -> Int {
        var low = 0
        var high = levels.count
        while low < high {
            let mid = (low + high) / 2
            if levels[mid] < v { low = mid + 1 } else { high = mid }
        }
        return low
    }

    /// The line where `z == level`, as separate segments (two points each), one or two per cell; saddle
    /// cells are split by the value at their centre.
    func isoline(level: Double) -> [(Point, Point)] {
        var segments: [(Point, Point)] = []
        for r in 0..<(z.rows - 1) {
            for c in 0..<(z.cols - 1) {
                let corners = cell(r, c)
                guard corners.allSatisfy({ $0.z.isFinite }) else { continue }
                var crossings: [Point] = []
                for i in 0..<4 {
                    let a = corners[i]
                    let b = corners[(i + 1) % 4]
                    if (a.z > level) != (b.z > level) {
                        let p = Self.interpolate(a, b, level: level)
                        crossings.append(Point(x: p.x, y: p.y))
                    }
                }
                if crossings.count == 2 {
                    segments.append((crossings[0], crossings[1]))
                } else if crossings.count == 4 {
                    let centre = corners.map(\.z).reduce(0, +) / 4
                    // The corner after the first crossing is cut off alone when the centre is on the other side.
                    if (corners[1].z > level) != (centre > level) {
                        segments.append((crossings[0], crossings[1]))
                        segments.append((crossings[2], crossings[3]))
                    } else {
                        segments.append((crossings[3], crossings[0]))
                        segments.append((crossings[1], crossings[2]))
                    }
                }
            }
        }
        return segments
    }

    /// The cell's corners going round: top-left, top-right, bottom-right, bottom-left in index space.
    private func cell(_ r: Int, _ c: Int) -> [Vertex] {
        [(r, c), (r, c + 1), (r + 1, c + 1), (r + 1, c)].map { Vertex(x: x[$0.0, $0.1], y: y[$0.0, $0.1], z: z[$0.0, $0.1]) }
    }

    /// Closes a run of whole cells of one band in row `row`, from its start up to (not including) cell `end`.
    private func flushRun(_ run: inout (band: Int, start: Int)?, row: Int, end: Int, into bands: inout [[[Point]]]) {
        guard let (band, first) = run else { return }
        run = nil
        var polygon: [Point] = []
        for c in first...end { polygon.append(Point(x: x[row, c], y: y[row, c])) }
        for c in (first...end).reversed() { polygon.append(Point(x: x[row + 1, c], y: y[row + 1, c])) }
        bands[band].append(polygon)
    }

    /// Sutherland–Hodgman clipping of a polygon against `z >= level` (or `z <= level`), with z linear
    /// along each edge.
    private static func clip(_ polygon: [Vertex], keepAbove: Bool, level: Double) -> [Vertex] {
        guard !polygon.isEmpty else { return [] }
        func inside(_ v: Vertex) -> Bool { keepAbove ? v.z >= level : v.z <= level }
        var result: [Vertex] = []
        var previous = polygon[polygon.count - 1]
        for current in polygon {
            if inside(current) {
                if !inside(previous) { result.append(interpolate(previous, current, level: level)) }
                result.append(current)
            } else if inside(previous) {
                result.append(interpolate(previous, current, level: level))
            }
            previous = current
        }
        return result
    }

    /// The point on the edge from `a` to `b` where z equals `level`.
    private static func interpolate(_ a: Vertex, _ b: Vertex, level: Double) -> Vertex {
        let t = (level - a.z) / (b.z - a.z)
        return Vertex(x: a.x + t * (b.x - a.x), y: a.y + t * (b.y - a.y), z: level)
    }
}

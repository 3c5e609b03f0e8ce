/// matplotlib's path simplification (`path.simplify`, threshold 1/9 px) for long polylines: consecutive
/// points that stay within 1/9 pixel of the current direction are merged into one segment that keeps the
/// run's furthest forward and backward excursions.
///
/// A dense noisy curve (a loss per batch over 10,000 steps) then strokes as a few points per pixel column
/// instead of thousands of overlapping segments, which cairo's stroker would tessellate in quadratic time;
/// the drawn shape is unchanged to within the threshold.
enum PathSimplifier {
    /// matplotlib simplifies paths of at least this many vertices.
    static let minimumCount = 128
    /// `path.simplify_threshold`, in pixels.
    static let threshold = 1.0 / 9.0

    /// The simplified polyline of finite points (split at gaps before calling).
    static func simplify(_ points: [Point]) -> [Point] {
        guard points.count >= minimumCount, let first = points.first else { return points }
        var run = Run(start: first)
        var out = [first]
        out.reserveCapacity(points.count / 4)
        for p in points.dropFirst() {
            if !run.absorb(p) {
                run.emit(into: &out)
                run = Run(start: run.last, direction: p)
            }
        }
        run.emit(into: &out)
        return out
    }

    /// The segment being built: its start, direction and the furthest points seen along it.
    private struct Run {
        var start: Point
        var dx = 0.0
        var dy = 0.0
        var norm2 = 0.0
        var forward: (distance2: Double, point: Point)?
        var backward: (distance2: Double, point: Point)?
        var last: Point
        /// Whether `last` is the forward extreme (then it needs no extra vertex).
        var lastIsForward = true

        init(start: Point) {
            self.start = start
            last = start
        }

        init(start: Point, direction p: Point) {
            self.init(start: start)
            _ = absorb(p)
        }

        /// Adds a point if it lies within the threshold of the run's line; false when it starts a new run.
        mutating func absorb(_ p: Point) -> Bool {
            let vx = p.x - start.x
            let vy = p.y - start.y
            if norm2 == 0 {
                let n = vx * vx + vy * vy
                guard n > 0 else { return true }
                (dx, dy, norm2) = (vx, vy, n)
                forward = (n, p)
                last = p
                lastIsForward = true
                return true
            }
            let cross = vx * dy - vy * dx
            guard cross * cross / norm2 < threshold * threshold else { return false }
            let dot = vx * dx + vy * dy
            let parallel2 = dot * dot / norm2
            if dot > 0 {
                if parallel2 > (forward?.distance2 ?? 0) { forward = (parallel2, p) }
                lastIsForward = forward?.point == p
            } else {
                if parallel2 > (backward?.distance2 ?? 0) { backward = (parallel2, p) }
                lastIsForward = false
            }
            last = p
            return true
        }

        /// Appends the run's extremes (forward first, as the data went out before coming back) and its last point.
        func emit(into out: inout [Point]) {
            if let forward { out.append(forward.point) }
            if let backward { out.append(backward.point) }
            if !lastIsForward, out.last != last { out.append(last) }
        }
    }
}

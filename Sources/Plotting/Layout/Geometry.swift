extension Int {
    /// Converts a double that may be NaN, infinite or huge without trapping: NaN becomes 0, the rest is
    /// rounded down and clamped to ±1e15.
    init(saturating v: Double) {
        guard !v.isNaN else {
            self = 0
            return
        }
        self = Int(Swift.min(Swift.max(v.rounded(.down), -1e15), 1e15))
    }
}

/// A point in pixels, y growing downwards (the canvas convention).
struct Point: Equatable {
    var x: Double
    var y: Double
}

/// An axis-aligned rectangle in pixels, y growing downwards.
struct Rect: Equatable {
    var minX: Double
    var minY: Double
    var maxX: Double
    var maxY: Double

    init(minX: Double, minY: Double, maxX: Double, maxY: Double) {
        self.minX = minX
        self.minY = minY
        self.maxX = maxX
        self.maxY = maxY
    }

    init(x: Double, y: Double, width: Double, height: Double) {
        self.init(minX: x, minY: y, maxX: x + width, maxY: y + height)
    }

    var width: Double { maxX - minX }
    var height: Double { maxY - minY }

    /// The smallest rectangle holding both.
    func union(_ other: Rect) -> Rect {
        Rect(
            minX: Swift.min(minX, other.minX), minY: Swift.min(minY, other.minY),
            maxX: Swift.max(maxX, other.maxX), maxY: Swift.max(maxY, other.maxY))
    }

    /// Whether a point lies strictly inside (matplotlib's `count_contains` excludes the border).
    func containsStrictly(_ p: Point) -> Bool {
        p.x > minX && p.x < maxX && p.y > minY && p.y < maxY
    }

    /// Whether the interiors of two rectangles overlap.
    func overlaps(_ other: Rect) -> Bool {
        minX < other.maxX && other.minX < maxX && minY < other.maxY && other.minY < maxY
    }

    /// Whether the segment from `a` to `b` touches the rectangle (Liang–Barsky clipping).
    func intersectsSegment(_ a: Point, _ b: Point) -> Bool {
        var t0 = 0.0
        var t1 = 1.0
        let dx = b.x - a.x
        let dy = b.y - a.y
        let checks = [(-dx, a.x - minX), (dx, maxX - a.x), (-dy, a.y - minY), (dy, maxY - a.y)]
        for (p, q) in checks {
            if p == 0 {
                if q < 0 { return false }
            } else {
                let t = q / p
                if p < 0 { t0 = Swift.max(t0, t) } else { t1 = Swift.min(t1, t) }
                if t0 > t1 { return false }
            }
        }
        return true
    }
}

/// A vector path in pixels, the unit of drawing handed to a `Canvas`.
struct Path: Equatable {
    /// One drawing step.
    enum Element: Equatable {
        case move(Point)
        case line(Point)
        case close
        /// A full circle (its own sub-path).
        case circle(center: Point, radius: Double)
        /// A rectangle with rounded corners (radius 0 for square corners), its own sub-path.
        case roundedRect(Rect, radius: Double)
    }

    var elements: [Element] = []

    mutating func move(to p: Point) { elements.append(.move(p)) }
    mutating func line(to p: Point) { elements.append(.line(p)) }
    mutating func close() { elements.append(.close) }

    /// The path as point lists, one per sub-path, when it has only moves and lines (nil otherwise).
    var polylines: [[Point]]? {
        var result: [[Point]] = []
        for element in elements {
            switch element {
            case let .move(p): result.append([p])
            case let .line(p):
                if result.isEmpty { result.append([p]) } else { result[result.count - 1].append(p) }
            case .close, .circle, .roundedRect: return nil
            }
        }
        return result
    }

    /// The largest distance of any point of the path from the origin along x or y (for marker shapes).
    var extent: Double {
        elements.reduce(0) { result, element in
            switch element {
            case let .move(p), let .line(p): return Swift.max(result, abs(p.x), abs(p.y))
            case .close: return result
            case let .circle(center, radius): return Swift.max(result, abs(center.x) + radius, abs(center.y) + radius)
            case let .roundedRect(r, _): return Swift.max(result, abs(r.minX), abs(r.maxX), abs(r.minY), abs(r.maxY))
            }
        }
    }

    /// A plain rectangle.
    static func rect(_ r: Rect, radius: Double = 0) -> Path {
        Path(elements: [.roundedRect(r, radius: radius)])
    }
}

/// A data interval along one axis; `lower > upper` is allowed and means an inverted axis.
struct Interval: Equatable {
    var lower: Double
    var upper: Double

    var span: Double { upper - lower }
    var minimum: Double { Swift.min(lower, upper) }
    var maximum: Double { Swift.max(lower, upper) }

    /// Whether `v` lies in the interval, allowing a relative 1e-10 slack at the ends (matplotlib's
    /// `_interval_contains_close`, so that a tick computed as 0.30000000000000004 still shows at 0.3).
    func containsClose(_ v: Double) -> Bool {
        let slack = 1e-10 * abs(span)
        return v >= minimum - slack && v <= maximum + slack
    }
}

import Testing
@testable import Plotting

/// matplotlib-style simplification of long polylines.
struct PathSimplifierTests {
    static func distance(_ p: Point, toSegment a: Point, _ b: Point) -> Double {
        let dx = b.x - a.x
        let dy = b.y - a.y
        let n = dx * dx + dy * dy
        let t = n == 0 ? 0 : max(0, min(1, ((p.x - a.x) * dx + (p.y - a.y) * dy) / n))
        let x = a.x + t * dx - p.x
        let y = a.y + t * dy - p.y
        return (x * x + y * y).squareRoot()
    }

    @Test func shortLinesAreKept() {
        let points = (0..<127).map { Point(x: Double($0), y: Double($0 % 3)) }
        #expect(PathSimplifier.simplify(points) == points)
    }

    @Test func denseStraightLineBecomesOneSegment() {
        let points = (0...1000).map { Point(x: Double($0) * 0.3, y: 10 + Double($0) * 0.15) }
        let simplified = PathSimplifier.simplify(points)
        #expect(simplified == [points[0], points[1000]])
    }

    @Test func denseSmoothCurveShrinksToAFewPointsPerPixel() {
        let points = (0..<20_000).map { i -> Point in
            let x = Double(i) * 0.025
            return Point(x: x, y: 200 + 150 * (x / 40).squareRoot() * (x / 30).truncatingRemainder(dividingBy: 1))
        }
        let simplified = PathSimplifier.simplify(points)
        #expect(simplified.count < 2_000)
    }

    @Test func noisyLineStaysWithinAFewTenthsOfAPixel() {
        var state: UInt32 = 7
        let points = (0..<5000).map { i -> Point in
            state = state &* 1_664_525 &+ 1_013_904_223
            return Point(x: Double(i) * 0.05, y: 100 + Double(state >> 24) / 4)
        }
        let simplified = PathSimplifier.simplify(points)
        #expect(simplified.count < points.count)
        #expect(simplified.first == points.first && simplified.last == points.last)
        let segments = Array(zip(simplified, simplified.dropFirst()))
        var worst = 0.0
        for p in points {
            worst = max(worst, segments.map { Self.distance(p, toSegment: $0.0, $0.1) }.min() ?? 0)
        }
        #expect(worst < 0.25)
    }
}

final class Point {
    var x: Double
    var y: Double
    var z: Double

    init(_ i: Int) {
        let x = sin(Double(i))
        self.x = x
        y = cos(Double(i)) * 3
        z = (x * x) / 2
    }

    func normalize() {
        let x = self.x
        let y = self.y
        let z = self.z
        let norm = (x * x + y * y + z * z).squareRoot()
        self.x /= norm
        self.y /= norm
        self.z /= norm
    }

    func maximize(_ other: Point) -> Point {
        x = x > other.x ? x : other.x
        y = y > other.y ? y : other.y
        z = z > other.z ? z : other.z
        return self
    }
}

func maximize(_ points: [Point]) -> Point {
    var next = points[0]
    for p in points.dropFirst() {
        next = next.maximize(p)
    }
    return next
}

func benchmark(_ n: Int) -> Point {
    var points: [Point] = []
    for i in 0..<n {
        points.append(Point(i))
    }
    for p in points {
        p.normalize()
    }
    return maximize(points)
}

let p = benchmark(100_000)
print(String(format: "%.9f %.9f %.9f", p.x, p.y, p.z))

struct Vec2 {
    var x: Double
    var y: Double

    func dot(_ o: Vec2) -> Double {
        x * o.x + y * o.y
    }

    mutating func scale(_ s: Double) {
        x *= s
        y *= s
    }
}

final class Accumulator {
    var total = 0.0

    func add(_ value: Double) {
        total += value
    }
}

let v = Vec2(x: 0.5, y: 0.25)
var w = Vec2(x: 1, y: 1)
let accumulator = Accumulator()
for _ in 0..<400_000 {
    accumulator.add(v.dot(w))
    w.scale(0.999999)
}
print(String(format: "%.9f %.9f", accumulator.total, w.x))

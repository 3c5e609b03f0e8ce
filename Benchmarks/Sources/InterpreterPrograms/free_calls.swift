struct Vec2 {
    var x: Double
    var y: Double
}

final class Accumulator {
    var total = 0.0
}

func dot(_ a: Vec2, _ o: Vec2) -> Double {
    a.x * o.x + a.y * o.y
}

func scale(_ a: inout Vec2, _ s: Double) {
    a.x *= s
    a.y *= s
}

func add(_ a: Accumulator, _ value: Double) {
    a.total += value
}

let v = Vec2(x: 0.5, y: 0.25)
var w = Vec2(x: 1, y: 1)
let accumulator = Accumulator()
for _ in 0..<400_000 {
    add(accumulator, dot(v, w))
    scale(&w, 0.999999)
}
print(String(format: "%.9f %.9f", accumulator.total, w.x))

import Foundation
struct Vec {
    var x: Double
    var y: Double
    var n: Int

    func length() -> Double { (x * x + y * y).squareRoot() }

    mutating func scale(_ s: Double) {
        x *= s
        self.y *= s
        n += 1
    }
}
struct Segment {
    var from: Vec
    var to: Vec
    var dx: Double { to.x - from.x }
}
var s = Segment(from: Vec(x: 0, y: 0, n: 0), to: Vec(x: 3, y: 4, n: 1))
print(s.to.length(), s.to.x, s.from.n + s.to.n, s.dx) // expect: 5.0 3.0 1 3.0
let before = s.to
s.to.scale(2)
print(s.to, before, s.to.n * 10) // expect: Vec(x: 6.0, y: 8.0, n: 2) Vec(x: 3.0, y: 4.0, n: 1) 20
var segments = [s, s]
segments[1].to.scale(0.5)
segments[0].from.x -= 1
print(segments[0].from.x, segments[1].to.x, s.from.x, s.to.x) // expect: -1.0 3.0 0.0 6.0
func total(_ segments: [Segment]) -> Double {
    var sum = 0.0
    for segment in segments {
        sum += segment.to.x * segment.from.y + segment.dx
    }
    return sum
}
print(total(segments)) // expect: 10.0
let fixed = Segment(from: Vec(x: 1, y: 1, n: 5), to: Vec(x: 2, y: 2, n: 6))
print(fixed.from.n - fixed.to.n, fixed.to.length() > 2.8) // expect: -1 true

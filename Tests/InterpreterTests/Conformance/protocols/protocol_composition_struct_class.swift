protocol Shape {
    var area: Double { get }
}
extension Shape {
    var doubled: Double { area * 2 }
}
struct Sq: Shape {
    var s: Double
    var area: Double { s * s }
}
final class Tri: Shape {
    var b: Double, h: Double
    init(b: Double, h: Double) { self.b = b; self.h = h }
    var area: Double { b * h / 2 }
}
var shapes: [Shape] = []
shapes.append(Sq(s: 3))
shapes.append(Tri(b: 4, h: 5))
for s in shapes { print(s.area, s.doubled) } // expect: 9.0 18.0
// expect: 10.0 20.0
let largest = shapes.max { $0.area < $1.area }!
print(largest.area) // expect: 10.0

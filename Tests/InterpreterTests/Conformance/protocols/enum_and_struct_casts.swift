protocol Shape { var area: Double { get } }
enum Unit: Shape {
    case square, half
    var area: Double { self == .square ? 1 : 0.5 }
}
struct Circle: Shape {
    var r: Double
    var area: Double { 3 * r * r }
}
let shapes: [Shape] = [Unit.square, Circle(r: 2), Unit.half]
print(shapes.filter { $0 is Circle }.count, shapes.filter { $0 is Unit }.count) // expect: 1 2
if let c = shapes[1] as? Circle { print("circle of radius", c.r) } // expect: circle of radius 2.0
print(shapes[0] as? Circle as Any, shapes[2] as? Unit as Any) // expect: nil Optional(main.Unit.half)
let u = shapes[0] as! Unit
print(u, u.area) // expect: square 1.0

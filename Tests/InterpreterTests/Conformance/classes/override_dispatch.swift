class Shape {
    func area() -> Double { 0 }
    func name() -> String { "shape" }
    func report() -> String { "\(name()): \(area())" }
}
class Square: Shape {
    var side: Double
    init(side: Double) { self.side = side }
    override func area() -> Double { side * side }
    override func name() -> String { "square" }
}
class Circle: Shape {
    var r: Double
    init(r: Double) { self.r = r }
    override func area() -> Double { 3.0 * r * r }
}
let shapes: [Shape] = [Square(side: 2), Circle(r: 1), Shape()]
for s in shapes { print(s.report()) } // expect: square: 4.0
// expect: shape: 3.0
// expect: shape: 0.0
var total = 0.0
for s in shapes { total += s.area() }
print(total) // expect: 7.0

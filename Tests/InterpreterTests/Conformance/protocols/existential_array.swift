protocol Shape {
    func area() -> Double
}
struct Square: Shape {
    var side: Double
    func area() -> Double { side * side }
}
class Circle: Shape {
    var r: Double
    init(r: Double) { self.r = r }
    func area() -> Double { 3.0 * r * r }
}
let shapes: [Shape] = [Square(side: 2), Circle(r: 1), Square(side: 3)]
var total = 0.0
for s in shapes { total += s.area() }
print(total) // expect: 16.0
print(shapes.map { $0.area() }) // expect: [4.0, 3.0, 9.0]
print(shapes[0]) // expect: Square(side: 2.0)
print(shapes[1]) // expect: main.Circle

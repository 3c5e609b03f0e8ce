// A subclass may be declared before its superclass in the same cell, as Swift allows.
final class Square: Rectangle {
    init(side: Double) { super.init(width: side, height: side) }
    override func name() -> String { "square" }
}
class Rectangle: Shape {
    var width: Double, height: Double
    init(width: Double, height: Double) {
        self.width = width
        self.height = height
    }
    override func area() -> Double { width * height }
    override func name() -> String { "rectangle" }
}
class Shape {
    func area() -> Double { 0 }
    func name() -> String { "shape" }
}
let shapes: [Shape] = [Square(side: 2), Rectangle(width: 2, height: 3), Shape()]
print(shapes.map { "\($0.name()) \($0.area())" }) // expect: ["square 4.0", "rectangle 6.0", "shape 0.0"]

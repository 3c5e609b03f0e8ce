class Shape {
    static var created = 0
    static func describe() -> String { "shapes: \(created)" }
    init() { Shape.created += 1 }
}
class Square: Shape {}
_ = Shape()
_ = Square()
_ = Square()
print(Shape.describe()) // expect: shapes: 3
print(Square.created) // expect: 3

class Shape {
    class func kind() -> String { "shape" }
    static func count() -> Int { 0 }
}
class Square: Shape {
    override class func kind() -> String { "square" }
}
print(Shape.kind(), Square.kind(), Square.count()) // expect: shape square 0

// Static methods in a protocol extension: every conforming type has them, unless it declares its own.
protocol Shape {
    var name: String { get }
}
extension Shape {
    static func kind() -> String { "shape" }
    static func describe(_ count: Int) -> String { "\(count) of kind \(kind())" }
    static var sides: Int { 0 }
}
struct Square: Shape {
    var name: String { "square" }
}
final class Circle: Shape {
    var name: String { "circle" }
    static func kind() -> String { "round shape" }
}
print(Square.kind(), Square.describe(2)) // expect: shape 2 of kind shape
print(Circle.kind(), Circle.describe(1)) // expect: round shape 1 of kind shape
print(Square.sides, Circle.sides) // expect: 0 0

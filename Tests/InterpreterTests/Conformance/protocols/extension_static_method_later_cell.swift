// A later cell's static method in a protocol extension reaches the types that already conform.
protocol Shape {}
extension Shape {
    static func kind() -> String { "shape" }
}
struct Square: Shape {}
// cell
extension Shape {
    static func plural() -> String { kind() + "s" }
}
print(Square.plural()) // expect: shapes

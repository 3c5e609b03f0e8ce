// `some P`: opaque results, parameters of an unnamed generic type, and annotated variables.
protocol Shape {
    var name: String { get }
    func area() -> Double
}
struct Square: Shape {
    var side: Double
    var name: String { "square" }
    func area() -> Double { side * side }
}
final class Circle: Shape, CustomStringConvertible {
    let radius: Double
    init(radius: Double) { self.radius = radius }
    var name: String { "circle" }
    var description: String { "Circle(r: \(radius))" }
    func area() -> Double { 3.0 * radius * radius }
}
func unitSquare() -> some Shape { Square(side: 1) }
func describe(_ shape: some Shape) -> String { "\(shape.name) of area \(shape.area())" }
func total(_ shapes: [any Shape]) -> Double { shapes.reduce(0.0) { $0 + $1.area() } }
let s = unitSquare()
print(s.name, s.area()) // expect: square 1.0
print(s) // expect: Square(side: 1.0)
print(describe(Circle(radius: 2))) // expect: circle of area 12.0
let c: some Shape = Circle(radius: 1)
print(c, describe(c)) // expect: Circle(r: 1.0) circle of area 3.0
print(total([s, c, Square(side: 3)])) // expect: 13.0
func doubled(_ x: some Numeric) -> some Numeric { x + x }
print(doubled(21), doubled(1.5)) // expect: 42 3.0
func largest(_ values: some Sequence<Int>) -> Int { values.max() ?? 0 }
print(largest([3, 9, 4])) // expect: 9

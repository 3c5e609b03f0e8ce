// `any P` as a type: variables, arrays, parameters and results hold structs and classes alike.
protocol Shape {
    var name: String { get }
    func area() -> Double
}
struct Square: Shape {
    var side: Double
    var name: String { "square" }
    func area() -> Double { side * side }
}
final class Circle: Shape {
    let radius: Double
    init(radius: Double) { self.radius = radius }
    var name: String { "circle" }
    func area() -> Double { 3.0 * radius * radius }
}
func largest(_ shapes: [any Shape]) -> any Shape {
    var best = shapes[0]
    for s in shapes where s.area() > best.area() { best = s }
    return best
}
var current: any Shape = Square(side: 2)
print(current.name, current.area()) // expect: square 4.0
current = Circle(radius: 1)
print(current.name, current.area()) // expect: circle 3.0
let shapes: [any Shape] = [Square(side: 1), Circle(radius: 2), Square(side: 3)]
print(shapes.map { $0.area() }) // expect: [1.0, 12.0, 9.0]
print(largest(shapes).name) // expect: circle

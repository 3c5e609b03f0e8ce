protocol Shape {
    var name: String { get }
    func area() -> Double
}
struct Square: Shape {
    var side: Double
    var name: String { "square" }
    func area() -> Double { side * side }
}
struct Circle: Shape {
    let name = "circle"
    var r: Double
    func area() -> Double { 3.0 * r * r }
}
let s: Shape = Square(side: 2)
print(s.name, s.area()) // expect: square 4.0
let c: Shape = Circle(r: 1)
print(c.name, c.area()) // expect: circle 3.0

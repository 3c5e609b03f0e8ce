// Class methods overloaded by argument labels: a subclass overrides one overload, adds another,
// and calls through the base type dispatch to the override of the overload the labels name.
class Shape {
    func describe(name: String) -> String { "shape \(name)" }
    func describe(sides: Int) -> String { "shape with \(sides) sides" }
    func both() -> String { describe(name: "a") + ", " + describe(sides: 3) }
}
class Square: Shape {
    override func describe(sides: Int) -> String { "square, not \(sides) sides" }
    func describe(area: Double) -> String { "square of area \(area)" }
    func parent() -> String { super.describe(sides: 4) }
}
let shapes: [Shape] = [Shape(), Square()]
print(shapes.map { $0.describe(name: "x") + " | " + $0.describe(sides: 5) }) // expect: ["shape x | shape with 5 sides", "shape x | square, not 5 sides"]
print(shapes.map { $0.both() }) // expect: ["shape a, shape with 3 sides", "shape a, square, not 3 sides"]
let sq = Square()
print(sq.describe(area: 2.5), "|", sq.parent()) // expect: square of area 2.5 | shape with 4 sides

// Overridable methods called on a variable or on `self` run the override of the instance's own
// class, decided by the receiver's value when the call starts: an argument that replaces the
// variable, an `inout` argument, a throwing override, and a recursive override all keep Swift's order.
class Shape {
    var name: String { "shape" }
    func area() -> Double { 0 }
    func scaled(_ k: Double, _ log: inout [String]) -> Double {
        log.append(name)
        return area() * k
    }
    func check(_ limit: Double) throws -> Double { area() }
    func depth(_ n: Int) -> Int { n }
}
enum TooBig: Error { case area(Double) }
class Square: Shape {
    let side: Double
    init(_ side: Double) { self.side = side }
    override var name: String { "square \(side)" }
    override func area() -> Double { side * side }
    override func check(_ limit: Double) throws -> Double {
        if area() > limit { throw TooBig.area(area()) }
        return area()
    }
    override func depth(_ n: Int) -> Int { n == 0 ? 0 : 1 + depth(n - 1) }
}
final class Circle: Shape {
    let r: Double
    init(_ r: Double) { self.r = r }
    override var name: String { "circle" }
    override func area() -> Double { 3 * r * r }
}
var current: Shape = Square(2)
var log: [String] = []
func replace(_ s: inout Shape, _ next: Shape) -> Double {
    s = next
    return 10
}
print(current.scaled(replace(&current, Circle(1)), &log))
// expect: 40.0
print(current.name, current.area())
// expect: circle 3.0
func run() -> String {
    var s: Shape = Shape()
    var parts: [String] = []
    for next in [Square(3), Circle(2), Shape()] as [Shape] {
        parts.append("\(s.scaled(2, &log))")
        s = next
    }
    let sq: Shape = Square(5)
    do {
        parts.append("\(try sq.check(100))")
        parts.append("\(try sq.check(10))")
    } catch {
        parts.append("\(error)")
    }
    parts.append("\(sq.depth(50)) \(s.depth(3))")
    return parts.joined(separator: " ")
}
print(run())
// expect: 0.0 18.0 24.0 25.0 area(25.0) 50 3
print(log)
// expect: ["square 2.0", "shape", "square 3.0", "circle"]

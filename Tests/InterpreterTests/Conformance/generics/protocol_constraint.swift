protocol Shape {
    func area() -> Double
}
struct Sq: Shape {
    var s: Double
    func area() -> Double { s * s }
}
class Circ: Shape {
    var r: Double
    init(r: Double) { self.r = r }
    func area() -> Double { 3.0 * r * r }
}
func totalArea<S: Shape>(_ shapes: [S]) -> Double {
    var t = 0.0
    for s in shapes { t += s.area() }
    return t
}
func describe<T>(_ x: T) -> String where T: Shape { "area \(x.area())" }
print(totalArea([Sq(s: 1), Sq(s: 2)])) // expect: 5.0
print(describe(Circ(r: 2)), describe(Sq(s: 3))) // expect: area 12.0 area 9.0

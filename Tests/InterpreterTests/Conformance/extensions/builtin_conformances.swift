// Conformances added to built-in types: `extension Double: Shape` makes a Double a `Shape`, in a
// protocol-typed array beside structs, through a generic constraint, with the protocol's default
// implementations and its refined protocols, and in `is` / `as?` checks.
protocol Named {
    var name: String { get }
}
protocol Shape: Named {
    var area: Double { get }
    func scaled(by k: Double) -> Shape
}
extension Shape {
    func describe() -> String { "\(name) of area \(area)" }
    var name: String { "shape" }
}
struct Square: Shape {
    var side: Double
    var area: Double { side * side }
    var name: String { "square" }
    func scaled(by k: Double) -> Shape { Square(side: side * k) }
}
extension Double: Shape {
    var area: Double { self }
    func scaled(by k: Double) -> Shape { self * k }
}
extension Int: Named {
    var name: String { "int \(self)" }
}
extension String: Shape {
    var area: Double { Double(self.count) }
    var name: String { "text '\(self)'" }
    func scaled(by k: Double) -> Shape { String(repeating: self, count: Int(k)) }
}
let shapes: [Shape] = [Square(side: 2), 3.5, "abc"]
print(shapes.map { $0.describe() }) // expect: ["square of area 4.0", "shape of area 3.5", "text \'abc\' of area 3.0"]
print(shapes.map { $0.scaled(by: 2).area }) // expect: [16.0, 7.0, 6.0]
func total<T: Shape>(_ xs: [T]) -> Double {
    var sum = 0.0
    for x in xs { sum += x.area }
    return sum
}
print(total([1.5, 2.5])) // expect: 4.0
print(total(["ab", "cde"])) // expect: 5.0
let named: [Named] = [7, Square(side: 1), 2.0, "x"]
print(named.map { $0.name }) // expect: ["int 7", "square", "shape", "text \'x\'"]
print(named.map { $0 is Shape }) // expect: [false, true, true, true]
print(named.map { n -> Double in (n as? Shape)?.area ?? -1 }) // expect: [-1.0, 1.0, 2.0, 1.0]
let one: Shape = 4.0
print(one.area, one) // expect: 4.0 4.0

// Methods of structs and enums overloaded by parameter type (also mutating ones, and called on `self`):
// the overload whose types the arguments have, then one a number literal converts to.
struct Scaler {
    var factor: Double
    func apply(_ x: Double) -> Double { x * factor }
    func apply(_ xs: [Double]) -> [Double] { xs.map { $0 * factor } }
    func apply(_ s: String) -> String { String(repeating: s, count: Int(factor)) }
    mutating func grow(_ by: Double) { factor += by }
    mutating func grow(_ by: Int) { factor *= Double(by) }
}
var s = Scaler(factor: 2)
print(s.apply(1.5), s.apply([1, 2]), s.apply("ab"), s.apply(3)) // expect: 3.0 [2.0, 4.0] abab 6.0
s.grow(0.5)
print(s.factor) // expect: 2.5
s.grow(2)
print(s.factor) // expect: 5.0
enum Unit {
    case meters
    func format(_ x: Double) -> String { "\(x) m" }
    func format(_ x: Int) -> String { "\(x) whole m" }
}
print(Unit.meters.format(2.5), Unit.meters.format(3)) // expect: 2.5 m 3 whole m
struct P {
    func describe(_ x: Int) -> String { "int \(x)" }
    func describe(_ x: Double) -> String { "double \(x)" }
    func both() -> String { describe(1) + ", " + describe(1.5) }
}
print(P().both()) // expect: int 1, double 1.5

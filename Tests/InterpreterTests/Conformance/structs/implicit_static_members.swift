// Implicit member expressions name a struct's or class's static members where the type is expected:
// `.zero`, `.unit` (computed), `.make(-3)` (a static method), in arguments, comparisons, array
// literals, assignments and optionals.
struct V: Equatable {
    var x: Double
    static let zero = V(x: 0)
    static var unit: V { V(x: 1) }
    static func make(_ x: Double) -> V { V(x: x) }
}
final class Config {
    let rate: Double
    init(rate: Double) { self.rate = rate }
    static let standard = Config(rate: 0.1)
}
func norm(_ v: V) -> Double { abs(v.x) }
let b: V = .zero
print(b, b.x, norm(.unit), norm(.make(-3))) // expect: V(x: 0.0) 0.0 1.0 3.0
var p = V(x: 2)
print(p == .zero, [.zero, .unit, V.make(2)] as [V]) // expect: false [main.V(x: 0.0), main.V(x: 1.0), main.V(x: 2.0)]
p = .make(5)
let c: Config = .standard
let o: V? = .unit
print(p, c.rate, o as Any) // expect: V(x: 5.0) 0.1 Optional(main.V(x: 1.0))

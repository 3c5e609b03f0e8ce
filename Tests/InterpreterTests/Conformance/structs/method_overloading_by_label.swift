// Methods, static methods and initializers overloaded by argument labels: each call finds the one
// its labels name, with defaults left out, inside the type and through extensions.
struct Vec {
    var x: Double
    func scaled(by k: Double) -> Vec { Vec(x: x * k) }
    func scaled(to length: Double) -> Vec { Vec(x: length) }
    func scaled(_ k: Double, plus offset: Double = 1) -> Vec { Vec(x: x * k + offset) }
    mutating func grow(by d: Double) { x += d }
    mutating func grow(times k: Double) { x *= k }
    func twice() -> Vec { scaled(by: 2).scaled(2, plus: 0) }
    static func make(x: Double) -> Vec { Vec(x: x) }
    static func make(length: Int) -> Vec { Vec(x: Double(length)) }
}
extension Vec {
    func scaled(from other: Vec) -> Vec { Vec(x: x * other.x) }
}
var v = Vec(x: 3)
print(v.scaled(by: 2).x, v.scaled(to: 7).x, v.scaled(2).x, v.scaled(2, plus: 5).x) // expect: 6.0 7.0 7.0 11.0
print(v.scaled(from: Vec(x: 4)).x, v.twice().x) // expect: 12.0 12.0
v.grow(by: 1)
v.grow(times: 10)
print(v.x, Vec.make(x: 1.5).x, Vec.make(length: 2).x) // expect: 40.0 1.5 2.0

// Operators overloaded by operand types: scalar times vector both ways, vector times vector, and
// compound assignments with a scalar or a vector; a number literal fits any number operand.
struct Vec {
    var x: Double, y: Double
    static func * (lhs: Vec, rhs: Double) -> Vec { Vec(x: lhs.x * rhs, y: lhs.y * rhs) }
    static func * (lhs: Double, rhs: Vec) -> Vec { rhs * lhs }
    static func + (lhs: Vec, rhs: Vec) -> Vec { Vec(x: lhs.x + rhs.x, y: lhs.y + rhs.y) }
}
let v = Vec(x: 1, y: 2)
print(v * 2, 3 * v, v + v) // expect: Vec(x: 2.0, y: 4.0) Vec(x: 3.0, y: 6.0) Vec(x: 2.0, y: 4.0)
extension Vec {
    static func *= (lhs: inout Vec, rhs: Double) { lhs = lhs * rhs }
    static func *= (lhs: inout Vec, rhs: Vec) { lhs = Vec(x: lhs.x * rhs.x, y: lhs.y * rhs.y) }
    static func * (lhs: Vec, rhs: Vec) -> Double { lhs.x * rhs.x + lhs.y * rhs.y }
}
var w = Vec(x: 1, y: 1)
w *= 2
w *= Vec(x: 3, y: 4)
let k = 0.5
print(w, v * w, k * w, w * k) // expect: Vec(x: 6.0, y: 8.0) 22.0 Vec(x: 3.0, y: 4.0) Vec(x: 3.0, y: 4.0)

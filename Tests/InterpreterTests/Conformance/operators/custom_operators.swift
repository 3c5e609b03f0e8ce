// Operators the notebook declares (`infix operator •: MultiplicationPrecedence`, its own `precedencegroup`),
// implemented by a type's `static func` or a global `func`, at the declared precedence.
infix operator •: MultiplicationPrecedence
infix operator ⊗: MultiplicationPrecedence
precedencegroup PowerPrecedence { higherThan: MultiplicationPrecedence associativity: right }
infix operator ^^: PowerPrecedence
struct Vec {
    var x: Double, y: Double
    static func • (a: Vec, b: Vec) -> Double { a.x * b.x + a.y * b.y }
    static func + (a: Vec, b: Vec) -> Vec { Vec(x: a.x + b.x, y: a.y + b.y) }
}
func ⊗ (a: [Double], b: [Double]) -> [[Double]] { a.map { x in b.map { x * $0 } } }
func ^^ (base: Double, exponent: Int) -> Double { exponent == 0 ? 1 : base * (base ^^ (exponent - 1)) }
let u = Vec(x: 1, y: 2), v = Vec(x: 3, y: 4)
print(u • v, (u + v) • u, [1.0, 2.0] ⊗ [3.0, 4.0]) // expect: 11.0 16.0 [[3.0, 4.0], [6.0, 8.0]]
print(2 ^^ 3 > 7, 2.0 ^^ 10, 1 + 2 ^^ 2 * 3) // expect: true 1024.0 13.0

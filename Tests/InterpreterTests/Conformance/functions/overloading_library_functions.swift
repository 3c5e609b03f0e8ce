// The notebook's own `sin(_ x: Dual)` overloads the library's: a call with a Double is the library's (dual numbers,
// forward-mode differentiation).
import Foundation
struct Dual {
    var value: Double
    var derivative: Double
    static func + (a: Dual, b: Dual) -> Dual { Dual(value: a.value + b.value, derivative: a.derivative + b.derivative) }
    static func * (a: Dual, b: Dual) -> Dual {
        Dual(value: a.value * b.value, derivative: a.derivative * b.value + a.value * b.derivative)
    }
}
func sin(_ x: Dual) -> Dual { Dual(value: sin(x.value), derivative: cos(x.value) * x.derivative) }
func exp(_ x: Dual) -> Dual { Dual(value: exp(x.value), derivative: exp(x.value) * x.derivative) }
func max(_ a: Dual, _ b: Dual) -> Dual { a.value >= b.value ? a : b }
let x = Dual(value: 0.5, derivative: 1)
let y = sin(x) * exp(x) + x
print(y.value, y.derivative) // expect: 1.2904390832136148 3.2373281197977843
print(sin(0.0), exp(1.0), max(2, 3), max(x, y).value) // expect: 0.0 2.718281828459045 3 1.2904390832136148

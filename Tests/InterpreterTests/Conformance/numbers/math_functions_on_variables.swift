import Foundation
// Math functions and min/max on typed variables and expressions: Swift's results for ties, signed
// zeros, NaN and infinities, argument order, and a trap inside an argument.
let x = 0.5, y = -2.25, z = 0.0
let nan = Double.nan, inf = Double.infinity
print(sin(x), cos(x), tan(x), exp(y), log(x), sqrt(x * 8))
// expect: 0.479425538604203 0.8775825618903728 0.5463024898437905 0.10539922456186433 -0.6931471805599453 2.0
print(floor(y), ceil(y), round(y), round(2.5), trunc(y), fabs(y), cbrt(-27.0 * x))
// expect: -3.0 -2.0 -2.0 3.0 -2.0 2.25 -2.3811015779522995
print(pow(x, y), atan2(y, x), hypot(3 * x, 4 * x), fmod(7.5, x + 1))
// expect: 4.756828460010884 -1.3521273809209546 2.5 0.0
print(min(z, -z), max(z, -z), min(-z, z), max(-z, z))
// expect: 0.0 -0.0 -0.0 0.0
print(min(nan, x), min(x, nan), max(nan, x), max(x, nan))
// expect: nan 0.5 nan 0.5
print(min(inf, y), max(-inf, y), sqrt(y), log(z))
// expect: -2.25 -2.25 -nan -inf
let a = 7, b = -3
print(min(a, b), max(a, b), min(a * 2, b + 20), max(b, b))
// expect: -3 7 14 -3
var calls: [String] = []
func tracked(_ name: String, _ v: Int) -> Int { calls.append(name); return v }
print(max(tracked("left", 1), tracked("right", 2)), calls)
// expect: 2 ["left", "right"]
var total = 0.0
for i in 0..<5 { total += sin(Double(i)) * max(Double(i), 1.5) }
print(total)
// expect: 0.47695137381109687
let big = Int.max
print(max(big - 1, a))
// expect: 9223372036854775806
print(min(big, a + big))
// expect runtime error: 32:18: Arithmetic operation resulted in an overflow

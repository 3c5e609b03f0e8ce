import Foundation
let i = 7
let d = Double(i) / 2
print(d, Int(d), Int(-3.9), Int(2.99)) // expect: 3.5 3 -3 2
print(Float(i), Double(Float(0.1))) // expect: 7.0 0.10000000149011612
print(String(42), String(3.5), String(true)) // expect: 42 3.5 true
print(Int("12")! + 1, Double("1e3")!) // expect: 13 1000.0
print(abs(-3), abs(-2.5), min(3, 1, 2), max(1.5, 2)) // expect: 3 2.5 1 2.0
print(Double.pi.rounded(), (2.5).rounded(), (-2.5).rounded(), 9.0.squareRoot()) // expect: 3.0 3.0 -3.0 3.0
print(7.5.truncatingRemainder(dividingBy: 2), 6.isMultiple(of: 3)) // expect: 1.5 true
print(Double.infinity, Double.nan.isNaN, (1e308 * 10).isInfinite) // expect: inf true true
print(Int.max - 1, Float.pi) // expect: 9223372036854775806 3.1415925

import Foundation
let root: (Double) -> Double = sqrt
print(root(16.0)) // expect: 4.0
func fib(_ n: Int) -> Int { n < 2 ? n : fib(n - 1) + fib(n - 2) }
let alias = fib
print(alias(10)) // expect: 55
let add: (Int, Int) -> Int = { $0 + $1 }
let plus: (Int, Int) -> Int = (+)
print(add(2, 3), plus(4, 5)) // expect: 5 9
let ops: [(Int, Int) -> Int] = [add, plus]
print(ops[1](1, 1)) // expect: 2
func apply(_ h: (Int, Int) -> Int, _ a: Int, _ b: Int) -> Int { h(a, b) }
print(apply(*, 6, 7), apply({ a, b in a - b }, 9, 4)) // expect: 42 5
let mix = { (n: Int, x: Double, on: Bool) -> Double in on ? Double(n) * x : x }
print(mix(3, 1.5, true), mix(3, 1.5, false)) // expect: 4.5 1.5
let big = Int.max
print(add(big, 1)) // expect runtime error: 7:35: Arithmetic operation resulted in an overflow

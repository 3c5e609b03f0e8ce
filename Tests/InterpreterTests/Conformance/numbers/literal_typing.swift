let a = 1 + 2.5
print(a) // expect: 3.5
let b: Double = 1 + 2
print(b) // expect: 3.0
var s = 0.0
for i in 0..<5 { s += Double(i % 7) * 0.5 }
print(s) // expect: 5.0
let x = 2.0
print(x * 2, 2 * x, x / 4, 1 / x) // expect: 4.0 4.0 0.5 0.5
let arr = [1, 2.5, 3]
print(arr) // expect: [1.0, 2.5, 3.0]
func half(_ v: Double) -> Double { v / 2 }
print(half(3)) // expect: 1.5
let f: Float = 3
print(f / 2) // expect: 1.5
print(-1 * x) // expect: -2.0
let cond = x > 1 ? 10 : 0.5
print(cond) // expect: 10.0

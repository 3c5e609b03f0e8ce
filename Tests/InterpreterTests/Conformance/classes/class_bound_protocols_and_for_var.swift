// `===` / `!==` on values of a class-bound protocol (`protocol Module: AnyObject`, also refined), and
// `for var x in …`, whose variable the body may change.
protocol Module: AnyObject { func f() -> Int }
protocol Layer: Module {}
final class A: Layer { func f() -> Int { 1 } }
let a = A()
let m: Module = a
let ms: [Layer] = [a, A()]
print(m === a, ms[0] === a, ms[1] !== m) // expect: true true true
var shifted: [Int] = []
for var x in [1, 2] {
    x += 10
    shifted.append(x)
}
for var i in 0..<3 {
    i *= 10
    shifted.append(i)
}
print(shifted) // expect: [11, 12, 0, 10, 20]

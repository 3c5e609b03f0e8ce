// A closure literal's one-expression body takes its result type from the context: `map` where an
// array of Double is expected, a parameter of function type, a variable's annotation.
let w: [Double] = (0..<3).map { _ in 0 }
var p: [Double] = [1.5, 2.5]
p = p.map { _ in 1 }
func apply(_ f: (Int) -> Double) -> Double { f(2) }
let scale: (Int) -> Double = { _ in 3 }
print(w, p, apply { _ in 1 }, scale(0)) // expect: [0.0, 0.0, 0.0] [1.0, 1.0] 1.0 3.0

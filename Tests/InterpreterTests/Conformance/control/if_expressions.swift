// `if` as an expression (Swift 5.9): a function's or closure's whole body, `let x = if …` with bindings in
// the conditions, literals typed by the context; and `max` of equal values giving the later one, as Swift.
func lr(_ epoch: Int) -> Double {
    if epoch < 5 { 0.1 } else if epoch < 8 { 0.05 } else { 1 }
}
print(lr(1), lr(6), lr(9)) // expect: 0.1 0.05 1.0
let sched = { (e: Int) -> Double in
    if e < 5 { 0.1 } else { 0.01 }
}
let x: Int? = 4
let label = if let v = x, v > 3 { "big \(v)" } else { "small" }
let rate: Double = if x == nil { 1 } else { 2 }
print(sched(7), label, rate) // expect: 0.01 big 4 2.0
struct P: Comparable {
    let score: Int; let name: String
    static func < (a: P, b: P) -> Bool { a.score < b.score }
}
print(max(P(score: 1, name: "a"), P(score: 1, name: "b")).name, max(0.0, -0.0), min(0.0, -0.0)) // expect: b -0.0 0.0

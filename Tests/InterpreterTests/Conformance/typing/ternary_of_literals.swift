// A ternary of number literals takes its type from the context (`p - (y == 1 ? 1 : 0)` with `p: Double`);
// Double math functions `log1p`, `expm1`, `erf`, `trunc`, `fabs`; `prefix(while:)` and `drop(while:)`.
import Foundation
let p = 0.75
let y = 1
let d = p - (y == 1 ? 1 : 0)
let t: Double = y == 1 ? 1 : 0
print(d, t, p * (y == 1 ? 2 : 3)) // expect: -0.25 1.0 1.5
let loss: Double = -log1p(-0.25)
print(loss, expm1(0.5), erf(0.5), trunc(-2.7), fabs(-3.0)) // expect: 0.2876820724517809 0.6487212707001282 0.5204998778130465 -2.0 3.0
let losses = [2.3, 1.7, 0.9, 1.5]
print(losses.prefix(while: { $0 > 1 }), Array(losses.drop(while: { $0 > 1 }))) // expect: [2.3, 1.7] [0.9, 1.5]

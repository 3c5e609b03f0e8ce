// `zero` of the number types, also as an implicit member.
print(Int.zero, Double.zero, Float.zero) // expect: 0 0.0 0.0
let d: Double = .zero
let n: Int = .zero
let f: Float = .zero
print(d, n, f, [1.5, 2.5].reduce(.zero, +)) // expect: 0.0 0 0.0 4.0

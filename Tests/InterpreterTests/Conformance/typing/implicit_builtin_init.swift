// `.init(…)` of the built-in type the context names.
let a: [Double] = .init(repeating: 1, count: 2)
let n: Int = .init(4.7)
let s: String = .init(3.5)
print(a, n + 1, s) // expect: [1.0, 1.0] 5 3.5

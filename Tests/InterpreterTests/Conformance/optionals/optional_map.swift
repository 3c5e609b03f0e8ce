// `Optional.map` and `flatMap`: nil stays nil, a value goes through the closure (wrapped by `map`).
let x: Int? = 3
let n: Int? = nil
print(x.map { $0 * 2 } as Any, n.map { $0 * 2 } as Any) // expect: Optional(6) nil
print(x.map { "v\($0)" } ?? "none", n.map { "v\($0)" } ?? "none") // expect: v3 none
let s: String? = "42"
print(s.flatMap { Int($0) } as Any, Optional("x").flatMap { Int($0) } as Any) // expect: Optional(42) nil
let d = ["a": 1.5]
print(d["a"].map { $0 * 2 } as Any, d["b"].map { $0 * 2 } as Any) // expect: Optional(3.0) nil

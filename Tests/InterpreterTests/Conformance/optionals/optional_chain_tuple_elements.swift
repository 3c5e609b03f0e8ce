// Optional chaining into tuple elements (`?.1`, `?.k`) gives nil when the optional is nil.
let pairs = [("a", 1), ("b", 2)]
func lookup(_ k: String) -> Int? { pairs.first { $0.0 == k }?.1 }
print(lookup("z") as Any, lookup("b") as Any) // expect: nil Optional(2)
let t: (k: Int, s: String)? = nil
let u: (k: Int, s: String)? = (k: 3, s: "x")
print(t?.k ?? 0, u?.k ?? 0, t?.s.count as Any, u?.s.count as Any) // expect: 0 3 nil Optional(1)

// A tuple converts to a tuple type with optional elements element by element (annotations, results, arrays).
let p: (String, Int?) = ("a", 1)
print(p) // expect: ("a", Optional(1))
func f() -> (name: String, score: Double?) { ("a", 2) }
print(f()) // expect: (name: "a", score: Optional(2.0))
let rows: [(String, Double?)] = [("a", 1), ("b", nil)]
print(rows) // expect: [("a", Optional(1.0)), ("b", nil)]

// `reduce(into:)` with the closure's parameters written out, the accumulator `inout`.
let words = ["a", "b", "a", "c", "a"]
let counts = words.reduce(into: [:]) { (acc: inout [String: Int], w: String) in acc[w, default: 0] += 1 }
print(counts["a"]!, counts["c"]!) // expect: 3 1
let total = [1.5, 2.5].reduce(into: 0.0) { (sum: inout Double, x) in sum += x }
print(total) // expect: 4.0

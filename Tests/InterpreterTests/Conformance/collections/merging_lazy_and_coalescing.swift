// `Dictionary(_:uniquingKeysWith:)`, `.lazy` chains, `a ?? b` with an optional `b` (still optional), and a
// dictionary literal whose written key types its implicit ones.
let pairs = [("a", 1), ("b", 2), ("a", 3)]
let sums = Dictionary(pairs, uniquingKeysWith: +)
let firsts = Dictionary(pairs, uniquingKeysWith: { first, _ in first })
print(sums.sorted { $0.key < $1.key }, firsts["a"]!) // expect: [(key: "a", value: 4), (key: "b", value: 2)] 1
let r = (1...15).lazy.filter { $0 % 4 == 0 }.map { $0 * 10 }
print(Array(r), r.first!, [3, 1, 2].lazy.map { $0 * 2 }.reduce(0, +)) // expect: [40, 80, 120] 40 12
let a: Int? = nil
let b: Int? = 3
if let n = a ?? b { print("found", n) } // expect: found 3
let c: Int? = (a ?? nil) ?? (b ?? 0)
print(c as Any) // expect: Optional(3)
enum Color { case red, green }
let weights = [Color.red: 0.5, .green: 2]
print(weights[.green]!, weights.count) // expect: 2.0 2

struct Pair<A, B> {
    let first: A
    let second: B
    func swapped() -> Pair<B, A> { Pair<B, A>(first: second, second: first) }
}
let p = Pair(first: 1, second: "one")
print(p) // expect: Pair<Int, String>(first: 1, second: "one")
print(p.swapped()) // expect: Pair<String, Int>(first: "one", second: 1)
print([p, Pair(first: 2, second: "two")]) // expect: [main.Pair<Swift.Int, Swift.String>(first: 1, second: "one"), main.Pair<Swift.Int, Swift.String>(first: 2, second: "two")]
print(Optional(p) as Any) // expect: Optional(main.Pair<Swift.Int, Swift.String>(first: 1, second: "one"))
let q = Pair<Double, [Int]>(first: 0.5, second: [1, 2])
print(q) // expect: Pair<Double, Array<Int>>(first: 0.5, second: [1, 2])
print("\(q.first) and \(q.second.count)") // expect: 0.5 and 2
let nested = Pair(first: p, second: true)
print(nested) // expect: Pair<Pair<Int, String>, Bool>(first: main.Pair<Swift.Int, Swift.String>(first: 1, second: "one"), second: true)

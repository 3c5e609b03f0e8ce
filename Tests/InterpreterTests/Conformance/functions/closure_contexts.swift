let xs = [1.0, 2.0, 3.0]
let ys = [4.0, 5.0, 6.0]
print(zip(xs, ys).map { x, y in x * y * 2.0 }) // expect: [8.0, 20.0, 36.0]
print(zip(xs, ys).map { $0 + $1 }) // expect: [5.0, 7.0, 9.0]
let dot = zip(xs, ys).reduce(0.0) { acc, pair in acc + pair.0 * pair.1 }
print(dot) // expect: 32.0
let scores = ["a": 3, "b": 1]
let ranked = scores.sorted { $0.value > $1.value }.map { $0.key }
print(ranked) // expect: ["a", "b"]
let ops: [String: (Double, Double) -> Double] = ["add": { $0 + $1 }, "mul": { $0 * $1 }]
print(ops["add"]!(2, 3), ops["mul"]!(2, 3)) // expect: 5.0 6.0
let halves = [1, 2, 3].map { Double($0) / 2 }
print(halves) // expect: [0.5, 1.0, 1.5]
let total = [1.5, 2.5].reduce(0, +)
print(total) // expect: 4.0
let labels = (0..<3).map { "item\($0)" }
print(labels) // expect: ["item0", "item1", "item2"]
let nested = [[1, 2], [3]].flatMap { $0 }
print(nested, [[1, 2], [3]].map { $0.count }) // expect: [1, 2, 3] [2, 1]
let pairs = [(1, "one"), (2, "two")]
for (number, name) in pairs where number > 1 {
    print(number, name) // expect: 2 two
}
let maybe: [Int?] = [1, nil, 3]
print(maybe.compactMap { $0 }) // expect: [1, 3]
func makeTally() -> () -> Int {
    var n = 0
    return {
        n += 1
        return n
    }
}
let tallyA = makeTally()
let tallyB = makeTally()
print(tallyA(), tallyA(), tallyB()) // expect: 1 2 1
func freshLocal(_ k: Int) -> Int {
    var x: Int
    x = k
    var total = 0
    for i in 0..<x { total += i }
    return total
}
print(freshLocal(3), freshLocal(4), freshLocal(0)) // expect: 3 6 0

var counter = 0
let bump = { (by: Int, times: Int) -> Int in
    for _ in 0..<times { counter += by }
    return counter
}
print(bump(2, 3), bump(1, 1)) // expect: 6 7
func makeAccumulator(_ start: Int) -> (Int, Int) -> Int {
    var total = start
    return { a, b in
        total += a * b
        return total
    }
}
let acc = makeAccumulator(10)
print(acc(2, 3), acc(1, 1)) // expect: 16 17
let xs = [5, 3, 8, 1, 9, 2]
print(xs.reduce(0) { $0 + $1 }) // expect: 28
print(xs.reduce(1) { partial, x in partial * x }) // expect: 2160
print(xs.sorted { $0 > $1 }) // expect: [9, 8, 5, 3, 2, 1]
print(xs.sorted(by: { a, b in a % 3 < b % 3 })) // expect: [3, 9, 1, 5, 8, 2]
print(xs.min { $0 % 4 < $1 % 4 } ?? -1, xs.max { $0 % 4 < $1 % 4 } ?? -1) // expect: 8 3
var seen: [Int] = []
let total = xs.reduce(0.0) { sum, x in
    seen.append(x)
    return sum + Double(x) / 2
}
print(total, seen) // expect: 14.0 [5, 3, 8, 1, 9, 2]
print(xs.map { $0 * $0 }.filter { $0 % 2 == 1 }) // expect: [25, 9, 1, 81]
let words = ["pear", "fig", "banana"]
print(words.sorted { $0.count < $1.count }) // expect: ["fig", "pear", "banana"]
print(zip([1, 2, 3], [4, 5, 6]).reduce(0) { $0 + $1.0 * $1.1 }) // expect: 32

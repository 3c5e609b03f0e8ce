var ints: [Int] = []
for i in stride(from: 0, to: 10, by: 3) { ints.append(i) }
print(ints) // expect: [0, 3, 6, 9]
ints = []
for i in stride(from: 10, through: 0, by: -5) { ints.append(i) }
print(ints) // expect: [10, 5, 0]
ints = []
for i in stride(from: 0, to: 0, by: 1) { ints.append(i) }
for i in stride(from: 5, to: 10, by: -1) { ints.append(i) }
print(ints) // expect: []
var doubles: [Double] = []
for x in stride(from: 0.0, through: 1.0, by: 0.25) { doubles.append(x) }
print(doubles) // expect: [0.0, 0.25, 0.5, 0.75, 1.0]
var total = 0.0
for x in stride(from: 0.0, to: 1.0, by: 0.1) { total += x }
print(total) // expect: 4.500000000000001
var n = 0
for x in stride(from: 1.0, to: 2, by: 0.5) { n += Int(x * 10) }
print(n) // expect: 25
// The bounds are evaluated once, before the loop variable (which shadows `limit` here) exists.
let limit = 9
var seen: [Int] = []
for limit in stride(from: 1, through: limit, by: 4) { seen.append(limit) }
print(seen) // expect: [1, 5, 9]
var kept: [Int] = []
for i in stride(from: 0, to: 20, by: 2) {
    if i == 4 { continue }
    if i > 10 { break }
    kept.append(i)
}
print(kept) // expect: [0, 2, 6, 8, 10]
var sum = 0
for _ in stride(from: 0, to: 5, by: 1) { sum += 1 }
print(sum) // expect: 5
var closures: [() -> Int] = []
for i in stride(from: 1, to: 4, by: 1) { closures.append { i * 10 } }
print(closures.map { $0() }) // expect: [10, 20, 30]
var filtered: [Int] = []
for i in stride(from: 0, to: 9, by: 3) where i > 0 { filtered.append(i) }
print(filtered) // expect: [3, 6]
// Steps that would pass Int.max or Int.min end the loop, as Swift's stride does (no overflow trap).
var edge = 0
for _ in stride(from: Int.max - 2, through: Int.max, by: 1) { edge += 1 }
for _ in stride(from: Int.max - 5, to: Int.max, by: 4) { edge += 10 }
for _ in stride(from: Int.min + 3, through: Int.min, by: -2) { edge += 100 }
print(edge) // expect: 223

let r = 0..<3
print(r) // expect: 0..<3
print(1...3) // expect: 1...3
print(r.count, (1...3).count) // expect: 3 3
print(r.contains(2), r.contains(3)) // expect: true false
print((0..<5).map { $0 * $0 }) // expect: [0, 1, 4, 9, 16]
print((1...4).reduce(0, +)) // expect: 10
print(Array(2...4)) // expect: [2, 3, 4]
let n = 3
for i in 0..<n { print(i, terminator: " ") }
print() // expect: 0 1 2 
for i in (1...3).reversed() { print(i, terminator: "") }
print() // expect: 321

let xs = Array(0..<100_000)
let squares = xs.map { $0 * $0 % 1000 }
let evens = squares.filter { $0 % 2 == 0 }
let total = evens.reduce(0) { $0 + $1 }
let scaled = xs.map { Double($0) * 0.5 }.filter { $0 > 100.0 }.reduce(0.0, +)
print(total)
print(scaled)

import Foundation
var grid = Array(repeating: Array(repeating: 0, count: 3), count: 2)
grid[1][2] = 7
print(grid) // expect: [[0, 0, 0], [0, 0, 7]]
var d: [String: [Int]] = [:]
d["a"] = [1]
d["a"]!.append(2)
d["a"]?.append(3)
print(d) // expect: ["a": [1, 2, 3]]
let s = "hello"
print(s.map { $0.uppercased() }.joined()) // expect: HELLO
var opt: Int? = nil
opt = (opt ?? 0) + 1
print(opt!) // expect: 1
func swapped(_ t: (Int, Int)) -> (Int, Int) { (t.1, t.0) }
print(swapped((1, 2))) // expect: (2, 1)
let f: (Double) -> Double = { $0 * $0 }
print([1.0, 2.0].map(f)) // expect: [1.0, 4.0]
var counter = 0
func inc() -> Int { counter += 1; return counter }
print(inc(), inc()) // expect: 1 2
let x = 3
let y = x > 2 ? "big" : "small"
print(y) // expect: big
print(Double(x) * 1.5) // expect: 4.5
print(String(format: "%.1f%%", 12.345)) // expect: 12.3%
var i = 10
repeat { i -= 3 } while i > 0
print(i) // expect: -2
let words = ["b", "a", "c"].sorted()
print(words.first ?? "none", words.last!) // expect: a c
print((1...5).filter { $0.isMultiple(of: 2) }) // expect: [2, 4]
print([3, 1, 2].sorted(by: <)) // expect: [1, 2, 3]

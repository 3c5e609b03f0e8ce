typealias Vector = [Double]
typealias Pair = (x: Int, y: Int)
func norm1(_ v: Vector) -> Double { v.reduce(0) { $0 + abs($1) } }
let v: Vector = [1, -2, 3]
print(norm1(v)) // expect: 6.0
let p: Pair = (3, 4)
print(p.x + p.y) // expect: 7
typealias Score = Double
var scores: [String: Score] = ["a": 1]
scores["b"] = 2.5
print(scores["b"]!) // expect: 2.5

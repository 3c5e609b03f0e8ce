typealias Params = [Double]
typealias Counts = [String: Int]
typealias Score = Double
var p = Params(repeating: 0, count: 2)
p[1] = 1.5
var c = Counts()
c["a", default: 0] += 2
print(p, c, Score(3), Score("2.5") ?? 0)
func total(_ xs: Params) -> Score { xs.reduce(0, +) }
print(total(Params([1, 2, 3])))
// expect: [0.0, 1.5] ["a": 2] 3.0 2.5
// expect: 6.0

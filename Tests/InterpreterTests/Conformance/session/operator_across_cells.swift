infix operator •: MultiplicationPrecedence
func • (a: [Double], b: [Double]) -> Double { zip(a, b).map { $0 * $1 }.reduce(0, +) }
// cell
print(1 + [1, 2] • [3, 4]) // expect: 12.0

// `Range<Int>` and `ClosedRange<Int>` as written types of variables and parameters.
let r: Range<Int> = 0..<3
func total(_ range: ClosedRange<Int>) -> Int { range.reduce(0, +) }
func count(_ range: Range<Int>) -> Int { range.count }
print(r, total(1...4), count(2..<7), Array(r), r.contains(2)) // expect: 0..<3 10 5 [0, 1, 2] true
let c: ClosedRange<Int> = 1...4
print(c, c.count) // expect: 1...4 4

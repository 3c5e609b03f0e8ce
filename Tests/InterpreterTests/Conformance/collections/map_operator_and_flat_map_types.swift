let a = [1.0, 2.0]
let s = zip(a, a).map(*)
let t = s.map { $0 + 1 }.reduce(0, +)
print(t / 2.0)
let dot = zip([1.0, 2.0, 3.0], [4.0, 5.0, 6.0]).map(*).reduce(0, +)
print(dot, zip([1, 2], [3, 4]).map(+))
let w: [[Double]] = [[1, 2], [3]]
let flat = w.flatMap { $0 }
print(flat.reduce(0, +) / Double(flat.count))
// expect: 3.5
// expect: 32.0 [4, 6]
// expect: 2.0

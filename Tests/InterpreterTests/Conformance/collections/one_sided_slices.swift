// One-sided ranges as array subscripts: `xs[2...]`, `xs[..<k]`, `xs[...k]` (the missing bound is the
// array's own), also with computed bounds.
let ys = [10, 20, 30, 40]
let k = 2
print(ys[2...], ys[..<2], ys[...1], Array(ys[1...])) // expect: [30, 40] [10, 20] [10, 20] [20, 30, 40]
print(ys[(k - 1)...].count, ys[..<(ys.count - 1)], ys[ys.count...]) // expect: 3 [10, 20, 30] []

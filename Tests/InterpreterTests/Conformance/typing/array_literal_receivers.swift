// An array literal of integers before `map`/`filter`/`sorted` whose result the context types as [Double]:
// its elements are Doubles when the closure needs them (`$0 * 2`), Ints when it converts them itself.
let ys: [Double] = [1, 2, 3].map { $0 * 2 }
let zs: [Double] = [1, 2, 3].map { x in x / 2 }
print(ys, zs) // expect: [2.0, 4.0, 6.0] [0.5, 1.0, 1.5]
let ws: [Double] = [7, 2].map { Double($0 / 2) }
let fs: [Double] = [3, 1, 2].filter { $0 > 1 }
print(ws, fs, [3, 1, 2].sorted()) // expect: [3.0, 1.0] [3.0, 2.0] [1, 2, 3]
let gs: [Float] = [3, 1].sorted()
print(gs) // expect: [1.0, 3.0]

// Element reads and writes on array variables of every frame, with Swift's value semantics.
var a = [1, 2, 3]
var b = a
a[0] = 10
a[1] += 5
print(a, b) // expect: [10, 7, 3] [1, 2, 3]
var grid = [[Double]](repeating: [Double](repeating: 0.0, count: 3), count: 2)
let row = grid[1]
grid[1][2] = 2.5
grid[1][2] *= 2.0
grid[0][0] -= 1.5
print(grid, row) // expect: [[-1.5, 0.0, 0.0], [0.0, 0.0, 5.0]] [0.0, 0.0, 0.0]
print(grid[1][2] + grid[0][0]) // expect: 3.5
var table = [[Int]](repeating: [Int](repeating: 0, count: 4), count: 4)
for i in 1..<4 {
    for j in 1..<4 {
        table[i][j] = table[i - 1][j - 1] + i * j
    }
}
print(table[3][3], table[2]) // expect: 14 [0, 2, 5, 8]
a[2] = a[0]
a[0] = a[1] + a[2]
print(a) // expect: [17, 7, 10]
var flags = [Bool](repeating: false, count: 4)
flags[2] = true
if flags[2] && !flags[1] {
    print("flags ok") // expect: flags ok
}
var order: [Int] = [0, 0, 0, 0]
func log(_ s: String, _ v: Int) -> Int {
    print(s, v)
    return v
}
order[log("index", 1)] = log("value", 7) // expect: index 1
// expect: value 7
order[log("index", 2)] += log("value", 3) // expect: index 2
// expect: value 3
print(order) // expect: [0, 7, 3, 0]
func bump(_ k: Int) {
    a[k] += 100
}
bump(1)
print(a) // expect: [17, 107, 10]
func makeCounter() -> () -> [Int] {
    var local = [0, 0]
    return {
        local[1] += 1
        local[0] = local[1] * 10
        return local
    }
}
let step = makeCounter()
_ = step()
print(step()) // expect: [20, 2]
var words = ["a", "b"]
words[0] += "x"
words[1] = words[0] + words[1]
print(words) // expect: ["ax", "axb"]
var nested = [[1, 2], [3]]
let before = nested
nested[1] += [4]
nested[0][1] = 9
print(nested, before) // expect: [[1, 9], [3, 4]] [[1, 2], [3]]
var xs = [5, 6, 7]
func grow() -> Int {
    xs.append(8)
    return 3
}
print(xs[grow()]) // expect: 8
var pair = [0, 0, 0]
(pair[log("first", 0)], pair[log("second", 2)]) = (log("a", 5), log("b", 6)) // expect: first 0
// expect: second 2
// expect: a 5
// expect: b 6
print(pair) // expect: [5, 0, 6]
var p = [1, 2, 3]
(p[0], p[2]) = (p[2], p[0])
var q = [[1, 2], [3, 4]]
(q[0][1], q[1][0]) = (q[1][0], q[0][1])
var r = [1.5, 2.5, 3.5]
(r[0], r[1], r[2]) = (r[2], r[0], r[1])
print(p, q, r) // expect: [3, 2, 1] [[1, 3], [2, 4]] [3.5, 1.5, 2.5]

struct P { var x = 1; var y = 2 }
func flipped(_ p: P) -> P {
    var q = p
    swap(&q.x, &q.y)
    return q
}
var a = "a", b = "b"
swap(&a, &b)
print(flipped(P()), a, b) // expect: P(x: 2, y: 1) b a
var grid = [[1, 2], [3, 4]]
var row = [9, 9]
swap(&grid[1], &row)
print(grid, row) // expect: [[1, 2], [9, 9]] [3, 4]
final class Box { var v: [Int] = [1] }
let b1 = Box(), b2 = Box()
b2.v = [2, 3]
swap(&b1.v, &b2.v)
print(b1.v, b2.v) // expect: [2, 3] [1]
func rotate(_ a: inout Int, _ b: inout Int, _ c: inout Int) { swap(&a, &b); swap(&b, &c) }
var x = 1, y = 2, z = 3
rotate(&x, &y, &z)
print(x, y, z) // expect: 2 3 1

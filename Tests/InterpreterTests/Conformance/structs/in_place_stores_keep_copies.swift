final class Box { var n = 0; var xs = [1, 2] }
struct Inner { var v = 1.5; var box = Box() }
struct Outer { var inner = Inner(); var grid = [[Inner(), Inner()], [Inner()]] }

var a = Outer()
let before = a
a.inner.v += 2
a.inner.v *= 3
a.grid[0][1].v = 9
a.grid[1][0].v -= 0.5
a.inner.box.n += 5
a.inner.box.xs[1] *= 10
print(a.inner.v, a.grid[0][1].v, a.grid[1][0].v) // expect: 10.5 9.0 1.0
print(before.inner.v, before.grid[0][1].v, before.grid[1][0].v) // expect: 1.5 1.5 1.5
print(before.inner.box.n, before.inner.box.xs, a.inner.box === before.inner.box) // expect: 5 [1, 20] true

var copies = [a.grid, a.grid]
copies[0][0][0].v = -1
print(copies[0][0][0].v, copies[1][0][0].v, a.grid[0][0].v) // expect: -1.0 1.5 1.5

func bump(_ o: inout Outer, by d: Double) {
    o.inner.v += d
    o.grid[0][0].v = o.inner.v
}
bump(&a, by: 0.25)
print(a.inner.v, a.grid[0][0].v, before.grid[0][0].v) // expect: 10.75 10.75 1.5

struct Counter { var count = 0 }
var counters = [Counter(), Counter()]
for i in 0..<10 { counters[i % 2].count += i }
print(counters.map(\.count)) // expect: [20, 25]
counters[1].count = Int.max
counters[1].count += 1 // expect runtime error: 33:19: Arithmetic operation resulted in an overflow

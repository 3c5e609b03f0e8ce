var gets = 0
struct T {
    var c = 0.0
    var f: Double {
        get { gets += 1; return c }
        set { c = newValue }
    }
}
var t = T()
t.f = 5
print(gets, t.c)
t.f += 1
print(gets, t.c)
final class K {
    var c = 0
    var f: Int {
        get { gets += 10; return c }
        set { c = newValue * 2 }
    }
}
let k = K()
k.f = 3
print(gets, k.c)
struct Grid {
    var cells = [0, 0, 0, 0]
    var reads = 0
    subscript(r: Int, c: Int) -> Int {
        get { gets += 100; return cells[r * 2 + c] }
        set { cells[r * 2 + c] = newValue }
    }
}
var g = Grid()
g[1, 0] = 7
print(gets, g.cells)
g[1, 0] += 1
print(gets, g.cells)
struct Wrapper { var inner = T() }
var w = Wrapper()
w.inner.f = 2
print(gets, w.inner.c)
// expect: 0 5.0
// expect: 1 6.0
// expect: 1 6
// expect: 1 [0, 0, 7, 0]
// expect: 101 [0, 0, 8, 0]
// expect: 101 2.0

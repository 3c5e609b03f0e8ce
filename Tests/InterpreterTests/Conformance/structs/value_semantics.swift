struct Vec {
    var x: Int
    var y: Int
}
struct Segment {
    var from: Vec
    var to: Vec
}
var s = Segment(from: Vec(x: 0, y: 0), to: Vec(x: 1, y: 1))
var t = s
t.to.x = 5
t.from.y += 2
print(s) // expect: Segment(from: main.Vec(x: 0, y: 0), to: main.Vec(x: 1, y: 1))
print(t) // expect: Segment(from: main.Vec(x: 0, y: 2), to: main.Vec(x: 5, y: 1))
var path = [s, t]
path[0].to.y = 9
let first = path[0]
path[0].from.x = -1
print(first.from.x, path[0].from.x, path[0].to.y) // expect: 0 -1 9
func moved(_ v: Vec) -> Vec {
    var w = v
    w.x += 100
    return w
}
let v = Vec(x: 1, y: 2)
print(moved(v), v) // expect: Vec(x: 101, y: 2) Vec(x: 1, y: 2)

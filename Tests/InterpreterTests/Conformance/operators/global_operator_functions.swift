struct Vec { var x: Double; var y: Double }
func + (a: Vec, b: Vec) -> Vec { Vec(x: a.x + b.x, y: a.y + b.y) }
func * (k: Double, v: Vec) -> Vec { Vec(x: k * v.x, y: k * v.y) }
func == (a: Vec, b: Vec) -> Bool { a.x == b.x && a.y == b.y }
let v = Vec(x: 1, y: 2) + Vec(x: 3, y: 4)
print(v, 2 * v, 2.5 * 2, v == Vec(x: 4, y: 6), 1 + 2)
let path = [Vec(x: 1, y: 0), Vec(x: 0, y: 1)].reduce(Vec(x: 0, y: 0), +)
print(path)
// expect: Vec(x: 4.0, y: 6.0) Vec(x: 8.0, y: 12.0) 5.0 true 3
// expect: Vec(x: 1.0, y: 1.0)

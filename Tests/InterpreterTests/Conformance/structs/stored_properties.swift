struct Point {
    var x: Double
    var y: Double
}
let p = Point(x: 1, y: 2.5)
print(p.x, p.y) // expect: 1.0 2.5
print(p) // expect: Point(x: 1.0, y: 2.5)
var q = p
q.x = 10
print(p.x, q.x) // expect: 1.0 10.0
print("\(q)") // expect: Point(x: 10.0, y: 2.5)

struct Point {
    var x: Double
    var y: Double
}
typealias Location = Point
let l = Location(x: 1, y: 2)
let q: Location = Point(x: 3, y: 4)
print(l, q.x) // expect: Point(x: 1.0, y: 2.0) 3.0

class Point {
    var x: Double
    var y: Double
    let label: String
    init(x: Double, y: Double) {
        self.x = x
        self.y = y
        label = "p"
    }
    init(_ both: Double) {
        x = both
        y = both
        label = "both"
    }
}
let p = Point(x: 1, y: 2)
print(p.x, p.y, p.label) // expect: 1.0 2.0 p
let q = Point(3)
print(q.x, q.y, q.label) // expect: 3.0 3.0 both

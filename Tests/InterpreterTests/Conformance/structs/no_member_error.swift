struct Point {
    var x: Double
}
let p = Point(x: 1)
print(p.y) // expect error: 5:9: value of type 'Point' has no member 'y'

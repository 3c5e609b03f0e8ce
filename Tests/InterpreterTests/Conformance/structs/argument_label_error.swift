struct Point {
    var x: Double
    var y: Double
}
let p = Point(x: 1, z: 2) // expect error: 5:24: incorrect argument label in call (have 'z:', expected 'y:')

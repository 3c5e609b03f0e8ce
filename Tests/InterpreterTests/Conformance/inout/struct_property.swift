struct Point { var x: Double; var y: Double }
func double(_ v: inout Double) { v *= 2 }
var p = Point(x: 1.5, y: 2)
double(&p.x)
print(p) // expect: Point(x: 3.0, y: 2.0)

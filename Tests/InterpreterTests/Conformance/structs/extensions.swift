import Foundation
struct Point {
    var x: Double
    var y: Double
}
extension Point: CustomStringConvertible {
    var description: String { "(\(x), \(y))" }
}
extension Point {
    static let origin = Point(x: 0, y: 0)

    init(both: Double) {
        self.init(x: both, y: both)
    }

    var norm: Double { (x * x + y * y).squareRoot() }

    mutating func scale(by k: Double) {
        x *= k
        y *= k
    }
}
var p = Point(both: 3)
p.scale(by: 2)
print(p, p.norm > 8, Point.origin) // expect: (6.0, 6.0) true (0.0, 0.0)
print(Point(x: 1, y: 2)) // expect: (1.0, 2.0)

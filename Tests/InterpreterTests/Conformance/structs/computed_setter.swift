import Foundation
struct Square {
    var side: Double
    var area: Double {
        get { side * side }
        set { side = newValue.squareRoot() }
    }
    var perimeter: Double {
        get {
            return 4 * side
        }
        set(total) {
            side = total / 4
        }
    }
}
var s = Square(side: 2)
print(s.area, s.perimeter) // expect: 4.0 8.0
s.area = 9
print(s) // expect: Square(side: 3.0)
s.perimeter += 4
print(s.side, s.area) // expect: 4.0 16.0
var squares = [Square(side: 1)]
squares[0].area = 16
print(squares[0].side) // expect: 4.0

struct Circle {
    static let unit = Circle(radius: 1)
    static var made = 0
    var radius: Double
    var diameter: Double { radius * 2 }
    var area: Double {
        get {
            return Double.pi * radius * radius
        }
    }

    static func make(_ r: Double) -> Circle {
        made += 1
        return Circle(radius: r)
    }
}
print(Circle.unit.diameter) // expect: 2.0
let big = Circle.make(10)
print(big.area > 314, Circle.made) // expect: true 1
_ = Circle.make(1)
print(Circle.made) // expect: 2

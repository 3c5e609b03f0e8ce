// An opaque result may come from several `return`s when they all give the same type.
protocol Shape { func area() -> Double }
struct Square: Shape {
    var side: Double
    func area() -> Double { side * side }
}
func make(_ big: Bool) -> some Shape {
    if big { return Square(side: 10) }
    return Square(side: 1)
}
print(make(true).area(), make(false).area()) // expect: 100.0 1.0
struct Factory {
    var big: Bool
    func make() -> some Shape {
        if big { return Square(side: 3) }
        return Square(side: 2)
    }
}
print(Factory(big: true).make().area(), Factory(big: false).make().area()) // expect: 9.0 4.0

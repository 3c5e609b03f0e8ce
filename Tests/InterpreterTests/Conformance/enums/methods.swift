enum Shape {
    case circle(radius: Double)
    case square(side: Double)

    func area() -> Double {
        switch self {
        case .circle(let r): return 3.0 * r * r
        case .square(let s): return s * s
        }
    }

    func scaled(by k: Double) -> Shape {
        switch self {
        case .circle(let r): return .circle(radius: r * k)
        case .square(let s): return .square(side: s * k)
        }
    }
}
let s = Shape.circle(radius: 2)
print(s.area()) // expect: 12.0
print(s.scaled(by: 0.5)) // expect: circle(radius: 1.0)
print(Shape.square(side: 3).area()) // expect: 9.0

struct Vec {
    var x: Double
    static func * (lhs: Vec, rhs: Double) -> Vec { Vec(x: lhs.x * rhs) }
    static func * (lhs: Double, rhs: Vec) -> Vec { Vec(x: lhs * rhs.x) }
    static func * (a: Vec, b: Double) -> Vec { Vec(x: 0) } // expect error: 5:17: invalid redeclaration of '*'
}

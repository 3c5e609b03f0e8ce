struct Vec2 {
    var x: Double

    static func + (lhs: Vec2, rhs: Vec2) -> Vec2 {
        Vec2(x: lhs.x + rhs.x)
    }
}
var total = Vec2(x: 0)
total += Vec2(x: 1) // expect error: 9:7: binary operator '+=' cannot be applied to two 'Vec2' operands

struct Vec2: Equatable {
    var x: Double
    var y: Double
    static func + (lhs: Vec2, rhs: Vec2) -> Vec2 { Vec2(x: lhs.x + rhs.x, y: lhs.y + rhs.y) }
    static func += (lhs: inout Vec2, rhs: Vec2) { lhs = lhs + rhs }
    static func *= (lhs: inout Vec2, k: Double) {
        lhs.x *= k
        lhs.y *= k
    }
}
var v = Vec2(x: 1, y: 2)
v += Vec2(x: 0.5, y: 0.5)
print(v) // expect: Vec2(x: 1.5, y: 2.5)
v *= 2
print(v) // expect: Vec2(x: 3.0, y: 5.0)
var path = [Vec2(x: 0, y: 0)]
path[0] += Vec2(x: 1, y: 1)
print(path) // expect: [main.Vec2(x: 1.0, y: 1.0)]

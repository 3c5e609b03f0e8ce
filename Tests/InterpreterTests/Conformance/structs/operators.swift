struct Vec2 {
    var x: Double
    var y: Double

    static func + (lhs: Vec2, rhs: Vec2) -> Vec2 {
        Vec2(x: lhs.x + rhs.x, y: lhs.y + rhs.y)
    }

    static func - (lhs: Vec2, rhs: Vec2) -> Vec2 {
        Vec2(x: lhs.x - rhs.x, y: lhs.y - rhs.y)
    }

    static func * (s: Double, v: Vec2) -> Vec2 {
        Vec2(x: s * v.x, y: s * v.y)
    }

    static func == (a: Vec2, b: Vec2) -> Bool {
        a.x == b.x && a.y == b.y
    }

    static func < (a: Vec2, b: Vec2) -> Bool {
        a.x * a.x + a.y * a.y < b.x * b.x + b.y * b.y
    }
}
let a = Vec2(x: 1, y: 2)
let b = Vec2(x: 0.5, y: -1)
print(a + b) // expect: Vec2(x: 1.5, y: 1.0)
print(a - b - b) // expect: Vec2(x: 0.0, y: 4.0)
print(2 * a) // expect: Vec2(x: 2.0, y: 4.0)
print(a == b, a == Vec2(x: 1, y: 2), b < a) // expect: false true true
var total = Vec2(x: 0, y: 0)
for _ in 0..<3 {
    total = total + a
}
total = total - b
print(total) // expect: Vec2(x: 2.5, y: 7.0)
print(1 + 2 * 3) // expect: 7

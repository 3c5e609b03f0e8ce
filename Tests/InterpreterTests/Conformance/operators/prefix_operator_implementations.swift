// `static prefix func -` / `!` of structs and enums: `-v`, `!flag`, also inside other operators and closures.
struct Vec {
    var x: Double, y: Double
    static prefix func - (v: Vec) -> Vec { Vec(x: -v.x, y: -v.y) }
    static func + (a: Vec, b: Vec) -> Vec { Vec(x: a.x + b.x, y: a.y + b.y) }
    static func - (a: Vec, b: Vec) -> Vec { a + (-b) }
}
let v = Vec(x: 1, y: -2)
print(-v, v - Vec(x: 3, y: 3), -(-v)) // expect: Vec(x: -1.0, y: 2.0) Vec(x: -2.0, y: -5.0) Vec(x: 1.0, y: -2.0)
struct Flag: Equatable {
    var on: Bool
    static prefix func ! (f: Flag) -> Flag { Flag(on: !f.on) }
}
print(!Flag(on: true), !(!Flag(on: true)) == Flag(on: true)) // expect: Flag(on: false) true
enum Sign { case plus, minus
    static prefix func - (s: Sign) -> Sign { s == .plus ? .minus : .plus }
}
print(-Sign.plus, [Sign.plus, .minus].map { -$0 }) // expect: minus [main.Sign.minus, main.Sign.plus]

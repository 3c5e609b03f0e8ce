// `Self` in a struct's, class's or enum's members: as a type (results, operands, static properties) and as a
// value (`Self(v: 0)`, `Self.allCases`, `.init(v:)`, `P.init(x:)`).
struct S {
    var v: Double
    static var zero: Self { Self(v: 0) }
    func doubled() -> Self { Self(v: v * 2) }
    static func make(_ x: Double) -> Self { .init(v: x) }
}
class Node {
    var value: Int
    required init(value: Int) { self.value = value }
    func copy() -> Self { Self(value: value + 1) }

}
enum Dir: CaseIterable {
    case up, down
    var opposite: Self { self == .up ? .down : .up }
    static var first: Self { Self.allCases[0] }
}
struct P: Equatable {
    var x: Int
    static let origin = Self(x: 0)
    static func + (a: Self, b: Self) -> Self { Self(x: a.x + b.x) }
}
print(S.zero, S(v: 1).doubled(), S.make(3)) // expect: S(v: 0.0) S(v: 2.0) S(v: 3.0)
print(Node(value: 1).copy().value, Dir.up.opposite, Dir.first, P.origin + P(x: 2), P.init(x: 5) == P(x: 5)) // expect: 2 down up P(x: 2) true

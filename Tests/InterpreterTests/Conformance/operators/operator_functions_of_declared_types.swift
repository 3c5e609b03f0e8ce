// A declared type's operator used as a function value (`reduce(.zero, +)`), with an implicit-member initial value.
struct V {
    var x: Double
    static let zero = V(x: 0)
    static func + (a: V, b: V) -> V { V(x: a.x + b.x) }
    static func * (a: V, k: Double) -> V { V(x: a.x * k) }
}
let vs = [V(x: 1), V(x: 2)]
print(vs.reduce(V(x: 0), +)) // expect: V(x: 3.0)
print(vs.reduce(.zero, +)) // expect: V(x: 3.0)

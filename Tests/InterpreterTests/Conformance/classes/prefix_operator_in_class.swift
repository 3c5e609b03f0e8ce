final class V {
    var a: Double
    init(_ a: Double) { self.a = a }
    static prefix func - (x: V) -> V { V(-x.a) }
    static func + (x: V, y: V) -> V { V(x.a + y.a) }
}
print((-V(2)).a, (V(1) + -V(3)).a)
// expect: -2.0 -2.0

struct Outer { struct Inner {}; enum E { case a } }
struct Pair<A, B> { var a: A; var b: B }
print(type(of: Outer.Inner()), type(of: Outer.E.a), type(of: Pair(a: 1, b: "x")), Outer.Inner.self)
print(type(of: { print() }), type(of: { (a: Int, b: Double) in a }), type(of: [Int?]()))
func f() { struct L {}; print(type(of: L())) }
f()
let xs: [Any] = [1, "a"]
print(type(of: xs), type(of: xs[0]))
print(type(of: Int.self), [Int.self, Double.self] as [Any.Type])
print(String(describing: Outer.self), "\(Pair<Int, Int>.self)")
let ty: Any.Type = Int.self
print(ty == Int.self)
// expect: Inner E Pair<Int, String> Inner
// expect: () -> () (Int, Double) -> Int Array<Optional<Int>>
// expect: L
// expect: Array<Any> Int
// expect: Int.Type [Swift.Int, Swift.Double]
// expect: Outer Pair<Int, Int>
// expect: true

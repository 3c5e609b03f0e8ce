protocol Shape {}
struct Sq: Shape {}
class A {}
class B: A {}
let shapes: [any Shape] = [Sq()]
let animals: [A] = [B()]
let oa: A? = B()
print(type(of: shapes), type(of: animals), type(of: oa), type(of: animals[0]))
print([type(of: 1), type(of: "a")] as [Any], [Sq.self])
print((Int.self, 2))
print(type(of: (1...3)), [1...2].self, type(of: [1...2]))
print(type(of: 1 as Any), type(of: shapes[0]))
// expect: Array<Shape> Array<A> Optional<A> B
// expect: [Swift.Int, Swift.String] [main.Sq]
// expect: (Swift.Int, 2)
// expect: ClosedRange<Int> [ClosedRange(1...2)] Array<ClosedRange<Int>>
// expect: Int Sq

struct V {
    let s: Int
    static func cmp(_ a: V, _ b: V) -> Bool { a.s < b.s }
    static func make(_ n: Int) -> V { V(s: n * 10) }
}
print([V(s: 3), V(s: 1)].sorted(by: V.cmp).map(\.s))
print([1, 2].map(V.make).map(\.s))
let f = V.make
print(f(4).s)
enum Op {
    case add
    static func apply(_ x: Int, _ y: Int) -> Int { x + y }
}
print([1, 2, 3].reduce(0, Op.apply))
// expect: [1, 3]
// expect: [10, 20]
// expect: 40
// expect: 6

func summarize(_ xs: [Double]) -> String {
    struct Stats: CustomStringConvertible {
        var count = 0
        var total = 0.0
        var mean: Double { count == 0 ? 0 : total / Double(count) }
        mutating func add(_ x: Double) { count += 1; total += x }
        var description: String { "n=\(count) mean=\(mean)" }
    }
    enum Size { case small, large }
    var s = Stats()
    for x in xs { s.add(x) }
    let size: Size = s.count > 2 ? .large : .small
    print(size, s)
    return s.description
}
print(summarize([1, 2, 3, 4]))
print(summarize([5]))

func makeCounter() -> () -> Int {
    final class Box { var n = 0 }
    let box = Box()
    return { box.n += 1; return box.n }
}
let counter = makeCounter()
print(counter(), counter(), counter())

func demo() {
    struct P { var x: Int }
    print(P(x: 1))
}
demo()
func other() {
    struct P { var y: String }
    print(P(y: "a"))
}
other()
for i in 0..<2 {
    struct Pair { let a: Int; let b: Int; func sum() -> Int { a + b } }
    print(Pair(a: i, b: 10).sum())
}
// expect: large n=4 mean=2.5
// expect: n=4 mean=2.5
// expect: small n=1 mean=5.0
// expect: n=1 mean=5.0
// expect: 1 2 3
// expect: P(x: 1)
// expect: P(y: "a")
// expect: 10
// expect: 11

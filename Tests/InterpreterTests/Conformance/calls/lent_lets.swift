// A `let` is lent to the calls it is passed to wherever it is declared (the top level too, and
// beside `inout` arguments or arguments that are calls): the callee sees it as it was, and the
// caller's value stays intact after the call returns, throws, or keeps a copy of it.
struct Pair { var a: [Int]; var b: Double
    func total() -> Double { Double(a.reduce(0, +)) + b }
}
final class Log { var lines: [String] = [] }
enum Failure: Error { case tooBig(Int) }
var kept: [Pair] = []
func keep(_ p: Pair) -> Int { kept.append(p); return kept.count }
func fill(_ xs: inout [Int], _ p: Pair, _ n: Int) -> Double {
    xs.append(p.a.count + n)
    return p.b
}
func check(_ p: Pair, _ limit: Int) throws -> Int {
    if p.a.count > limit { throw Failure.tooBig(p.a.count) }
    return p.a.count
}
func describe(_ p: Pair, _ log: Log, _ tag: String) -> String {
    log.lines.append(tag)
    return "\(tag): \(p.total())"
}
let p = Pair(a: [1, 2, 3], b: 0.5)
let log = Log()
var xs: [Int] = []
print(fill(&xs, p, 10), xs, p.a)
// expect: 0.5 [13] [1, 2, 3]
print(keep(p), keep(p), kept.count, p.a)
// expect: 1 2 2 [1, 2, 3]
print(describe(p, log, "first"), describe(p, log, String(keep(p))), log.lines)
// expect: first: 6.5 3: 6.5 ["first", "3"]
do {
    print(try check(p, 5))
    print(try check(p, 2))
} catch {
    print("caught \(error)", p.a)
}
// expect: 3
// expect: caught tooBig(3) [1, 2, 3]
func local() -> String {
    let q = Pair(a: [4, 5], b: 1)
    var ys = [0]
    let r = fill(&ys, q, keep(q))
    return "\(r) \(ys) \(q.a) \(kept.last!.a)"
}
print(local())
// expect: 1.0 [0, 6] [4, 5] [4, 5]
for _ in 0..<3 { _ = fill(&xs, p, xs.count) }
print(xs, p.total(), kept.map(\.b))
// expect: [13, 4, 5, 6] 6.5 [0.5, 0.5, 0.5, 1.0]

protocol Scorer {
    func score(_ x: Double) -> Double
}
struct Linear: Scorer {
    var a: Double
    func score(_ x: Double) -> Double { a * x }
}
class Square: Scorer {
    func score(_ x: Double) -> Double { x * x }
}
func best<S: Scorer>(_ scorers: [S], at x: Double) -> Double {
    var top = -1e9
    for s in scorers { top = max(top, s.score(x)) }
    return top
}
let lines = [Linear(a: 3), Linear(a: -1)]
print(best(lines, at: 2), best([Square(), Square()], at: 5)) // expect: 6.0 25.0

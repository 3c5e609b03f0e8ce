protocol Metric {
    func distance(_ a: Double, _ b: Double) -> Double
}
extension Metric {
    func total(_ xs: [Double], _ ys: [Double]) -> Double {
        var t = 0.0
        for i in 0..<xs.count { t += distance(xs[i], ys[i]) }
        return t
    }
}
struct L1: Metric {
    func distance(_ a: Double, _ b: Double) -> Double { abs(a - b) }
}
struct L2: Metric {
    func distance(_ a: Double, _ b: Double) -> Double { (a - b) * (a - b) }
}
let metrics: [Metric] = [L1(), L2()]
for m in metrics { print(m.total([1, 2, 3], [2, 2, 5])) } // expect: 3.0
// expect: 5.0
print(L2().total([0], [3])) // expect: 9.0

// Inside an extension of a built-in type, bare names that name nothing else are members of `self`
// (`count`, `reduce(0, +)`, `uppercased()`), also inside closures and computed properties.
extension Array where Element == Double {
    func mean() -> Double { reduce(0, +) / Double(count) }
    func variance() -> Double {
        let m = mean()
        return map { ($0 - m) * ($0 - m) }.reduce(0, +) / Double(count)
    }
    var spread: Double { (self.max() ?? 0) - (self.min() ?? 0) }
    func scaled() -> [Double] { map { $0 / spread } }
}
extension String {
    var shouted: String { uppercased() + "!" }
    func repeated(_ n: Int) -> String { String(repeating: self, count: n) }
    // A parameter named like a member is the parameter.
    func padded(_ count: Int) -> String { self + String(repeating: "-", count: count) + "|" }
}
extension Int {
    var isEvenNumber: Bool { isMultiple(of: 2) }
    func times(_ f: () -> Void) { for _ in 0..<self { f() } }
}
let xs = [1.0, 2.0, 3.0, 6.0]
print(xs.mean(), xs.variance(), xs.spread, xs.scaled()) // expect: 3.0 3.5 5.0 [0.2, 0.4, 0.6, 1.2]
print("hi".shouted, "ab".repeated(3), 4.isEvenNumber, 7.isEvenNumber) // expect: HI! ababab true false
var count = 0
3.times { count += 1 }
print(count, "ab".padded(2), "ab".count) // expect: 3 ab--| 2

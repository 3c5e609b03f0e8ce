// Extensions of the notebook's generic type with a `where` clause (`Element == Double`, `Element: Comparable`).
struct Stack<Element> {
    var items: [Element] = []
    mutating func push(_ x: Element) { items.append(x) }
}
extension Stack where Element == Double {
    func sum() -> Double { items.reduce(0, +) }
    func mean() -> Double { items.isEmpty ? 0 : sum() / Double(items.count) }
    mutating func pushZero() { push(0) }
}
extension Stack where Element: Comparable {
    func largest() -> Element? { items.max() }
}
var s = Stack<Double>()
s.push(1.5); s.push(2.5); s.pushZero()
print(s.sum(), s.mean(), s.items) // expect: 4.0 1.3333333333333333 [1.5, 2.5, 0.0]
var words = Stack<String>()
words.push("b"); words.push("c"); words.push("a")
print(words.largest()!, s.largest()!) // expect: c 2.5

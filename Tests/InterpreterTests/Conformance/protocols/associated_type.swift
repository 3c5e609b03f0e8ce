// `associatedtype`: requirements and extensions use it; conforming types name it with a member
// `typealias` or let Swift infer it; generic functions reach it as `C.Item`.
protocol Container {
    associatedtype Item
    var count: Int { get }
    mutating func append(_ item: Item)
    func item(at i: Int) -> Item
}
extension Container {
    func lastItem() -> Item? { count == 0 ? nil : item(at: count - 1) }
}
struct IntStack: Container {
    typealias Item = Int
    var items: [Item] = []
    var count: Int { items.count }
    mutating func append(_ item: Item) { items.append(item) }
    func item(at i: Int) -> Item { items[i] }
    func total() -> Item { items.reduce(0, +) }
}
struct Words: Container {
    var words: [String] = []
    var count: Int { words.count }
    mutating func append(_ item: String) { words.append(item) }
    func item(at i: Int) -> String { words[i] }
}
func firstItem<C: Container>(_ c: C) -> C.Item? { c.count > 0 ? c.item(at: 0) : nil }
var stack = IntStack()
stack.append(3)
stack.append(4)
print(stack.count, stack.item(at: 1), stack.total()) // expect: 2 4 7
print(stack.lastItem() ?? -1, firstItem(stack) ?? -1) // expect: 4 3
var words = Words()
print(words.lastItem() ?? "none") // expect: none
words.append("tensor")
print(words.lastItem() ?? "none", firstItem(words) ?? "none") // expect: tensor tensor
let n: IntStack.Item = 5
print(n + stack.total()) // expect: 12
print(stack) // expect: IntStack(items: [3, 4])

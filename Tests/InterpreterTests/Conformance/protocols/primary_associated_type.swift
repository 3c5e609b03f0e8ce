// A primary associated type: `protocol Container<Item>`, constrained as `some Container<Int>`.
protocol Container<Item> {
    associatedtype Item
    func item(at i: Int) -> Item
}
struct Box: Container {
    var x: Int
    func item(at i: Int) -> Int { x * (i + 1) }
}
func first(_ c: some Container<Int>) -> Int { c.item(at: 0) }
func second(_ c: any Container<Int>) -> Int { c.item(at: 1) }
print(first(Box(x: 7)), second(Box(x: 7))) // expect: 7 14

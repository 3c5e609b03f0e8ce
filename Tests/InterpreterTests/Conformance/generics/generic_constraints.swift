struct Shelf<Item: Comparable> {
    var items: [Item]
    func largest() -> Item? { items.max() }
    func sortedItems() -> [Item] { items.sorted() }
}
struct Labelled<Value> where Value: CustomStringConvertible {
    let label: String
    let value: Value
    var text: String { "\(label)=\(value.description)" }
}
struct Point: CustomStringConvertible, Equatable {
    var x: Int
    var description: String { "P\(x)" }
}
struct Wrapper<T: Equatable>: Equatable {
    var inner: T
}
let shelf = Shelf(items: [3, 1, 2])
print(shelf.largest() ?? 0, shelf.sortedItems()) // expect: 3 [1, 2, 3]
print(Shelf(items: ["b", "a"]).sortedItems()) // expect: ["a", "b"]
print(Labelled(label: "p", value: Point(x: 3)).text) // expect: p=P3
print(Wrapper(inner: 2) == Wrapper(inner: 2), Wrapper(inner: Point(x: 1)) == Wrapper(inner: Point(x: 2))) // expect: true false
print(Wrapper(inner: Point(x: 1))) // expect: Wrapper<Point>(inner: P1)

// A conformance declared in an extension with a `where` clause (a conditional conformance).
struct Pair<A, B> {
    var first: A
    var second: B
}
extension Pair: Equatable where A: Equatable, B: Equatable {}
print(Pair(first: 1, second: "a") == Pair(first: 1, second: "a")) // expect: true
print(Pair(first: 1, second: 2.5) != Pair(first: 1, second: 2.0)) // expect: true

struct Box<T> {
    var items: [T]
}
extension Box: CustomStringConvertible where T: CustomStringConvertible {
    var description: String { "Box of " + items.map(\.description).joined(separator: "+") }
}
print(Box(items: [1, 2, 3])) // expect: Box of 1+2+3
print("\(Box(items: ["x"]))") // expect: Box of x
extension Box: Equatable where T: Equatable {}
extension Box: Hashable where T: Hashable {}
let boxes: Set<Box<Int>> = [Box(items: [1]), Box(items: [1]), Box(items: [2])]
print(boxes.count) // expect: 2

class Node: CustomStringConvertible {
    var value: Int
    init(value: Int) { self.value = value }
    var description: String { "Node(\(value))" }
}
class Leaf: Node {
    override var description: String { "Leaf(\(value))" }
}
let n = Node(value: 3)
print(n) // expect: Node(3)
print([n]) // expect: [Node(3)]
print("\(Leaf(value: 4))") // expect: Leaf(4)
let nodes: [Node] = [n, Leaf(value: 5)]
print(nodes) // expect: [Node(3), Leaf(5)]

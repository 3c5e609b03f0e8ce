final class Node {
    let name: String
    var next: [Node] = []
    init(_ name: String) { self.name = name }
}
let a = Node("a"), b = Node("b"), c = Node("c")
a.next = [b, c]
b.next = [c]
c.next = [a]
var visited = Set<ObjectIdentifier>()
var order: [String] = []
func visit(_ n: Node) {
    guard visited.insert(ObjectIdentifier(n)).inserted else { return }
    order.append(n.name)
    for m in n.next { visit(m) }
}
visit(a)
print(order, visited.count)
var depth: [ObjectIdentifier: Int] = [ObjectIdentifier(a): 0]
depth[ObjectIdentifier(b)] = 1
print(depth[ObjectIdentifier(a)] ?? -1, depth[ObjectIdentifier(c)] ?? -1, ObjectIdentifier(a) == ObjectIdentifier(a), ObjectIdentifier(a) == ObjectIdentifier(b))
// expect: ["a", "b", "c"] 3
// expect: 0 -1 true false

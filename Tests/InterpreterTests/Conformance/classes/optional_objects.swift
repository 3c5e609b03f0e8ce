class Node {
    var value: Int
    var child: Node?
    init(value: Int) { self.value = value }
}
let root = Node(value: 1)
root.child = Node(value: 2)
root.child?.child = Node(value: 3)
print(root.child?.child?.value ?? -1) // expect: 3
print(root.child?.child?.child?.value ?? -1) // expect: -1
let maybe: Node? = root
print(maybe === root, root.child === nil) // expect: true false

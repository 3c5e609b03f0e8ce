final class TreeNode {
    let name: String
    weak var parent: TreeNode?
    var children: [TreeNode] = []
    init(_ name: String) { self.name = name }
    func add(_ child: TreeNode) { children.append(child); child.parent = self }
    var path: String { (parent.map { $0.path + "/" } ?? "") + name }
}
let root = TreeNode("root")
let a = TreeNode("a")
root.add(a)
let b = TreeNode("b")
a.add(b)
print(b.path, a.parent === root, root.parent == nil)
class Owner { unowned let tag: TreeNode; init(tag: TreeNode) { self.tag = tag } }
print(Owner(tag: b).tag.name)
// expect: root/a/b true true
// expect: b

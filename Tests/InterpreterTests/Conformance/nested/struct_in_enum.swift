enum Tree {
    case leaf
    case node(Payload)
    struct Payload { var value: Int }
    var total: Int {
        switch self {
        case .leaf: return 0
        case .node(let p): return p.value
        }
    }
}
print(Tree.node(Tree.Payload(value: 4)).total, Tree.leaf.total) // expect: 4 0

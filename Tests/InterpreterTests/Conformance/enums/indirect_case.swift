enum List {
    case empty
    indirect case node(Int, List)
}
func sum(_ l: List) -> Int {
    if case .node(let v, let rest) = l { return v + sum(rest) }
    return 0
}
print(sum(.node(1, .node(2, .node(3, .empty))))) // expect: 6

enum Tree<T> {
    case leaf
    indirect case node(Tree<T>, T, Tree<T>)

    func count() -> Int {
        switch self {
        case .leaf: return 0
        case let .node(left, _, right): return left.count() + 1 + right.count()
        }
    }
}
enum Outcome<Value> {
    case success(Value)
    case failure(String)
}
func total(_ tree: Tree<Int>) -> Int {
    switch tree {
    case .leaf: return 0
    case let .node(l, v, r): return total(l) + v + total(r)
    }
}
let tree: Tree<Int> = .node(.node(.leaf, 1, .leaf), 2, .node(.leaf, 3, .leaf))
print(tree.count(), total(tree)) // expect: 3 6
let outcomes: [Outcome<Int>] = [.success(4), .failure("bad")]
for o in outcomes {
    switch o {
    case .success(let v): print("ok", v) // expect: ok 4
    case .failure(let why): print("failed:", why) // expect: failed: bad
    }
}
print(Outcome<Double>.success(1.5)) // expect: success(1.5)

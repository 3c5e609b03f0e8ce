// An enum case pattern matched against a value whose type is a generic parameter: the payload of
// a generic enum, a generic function's argument.
enum Outcome<T, E> {
    case ok(T)
    case failed(E)
}
enum ParseError: Error {
    case empty
    case bad(String, line: Int)
}
func parse(_ s: String, line: Int) -> Outcome<Int, ParseError> {
    if s.isEmpty { return .failed(ParseError.empty) }
    guard let v = Int(s) else { return .failed(ParseError.bad(s, line: line)) }
    return .ok(v)
}
for (i, s) in ["12", "", "x"].enumerated() {
    switch parse(s, line: i + 1) {
    case .ok(let v): print("ok", v)
    case .failed(.empty): print("empty")
    case .failed(.bad(let text, line: let n)): print("bad", text, "on line", n)
    }
}
// expect: ok 12
// expect: empty
// expect: bad x on line 3
enum Tree<T> {
    case leaf(T)
    indirect case node(Tree<T>, Tree<T>)
}
let trees: [Outcome<Tree<Int>, String>] = [.ok(Tree.node(.leaf(1), .leaf(2))), .ok(Tree.leaf(3)), .failed("none")]
for t in trees {
    if case .ok(.node(.leaf(let a), .leaf(let b))) = t { print("pair", a, b) }
    else if case .ok(.leaf(let v)) = t { print("leaf", v) }
    else { print("failed") }
}
// expect: pair 1 2
// expect: leaf 3
// expect: failed

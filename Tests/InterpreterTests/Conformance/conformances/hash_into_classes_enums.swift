final class Node: Hashable {
    let id: Int
    var visits = 0
    init(_ id: Int) { self.id = id }
    static func == (a: Node, b: Node) -> Bool { a.id == b.id }
    func hash(into hasher: inout Hasher) { hasher.combine(id) }
}
class Base: Hashable {
    let key: String
    init(key: String) { self.key = key }
    static func == (a: Base, b: Base) -> Bool { a.key == b.key }
    func hash(into hasher: inout Hasher) { hasher.combine(key) }
}
class Derived: Base {}
var seen: Set<Node> = []
for id in [3, 1, 3, 2, 1] { seen.insert(Node(id)) }
print(seen.count, seen.contains(Node(2)), seen.contains(Node(9)))
var visits: [Node: Int] = [:]
for id in [1, 2, 1, 1] { visits[Node(id), default: 0] += 1 }
print(visits[Node(1)] ?? 0, visits[Node(2)] ?? 0, visits.count)
let mixed: Set<Base> = [Base(key: "a"), Derived(key: "a"), Derived(key: "b")]
print(mixed.count)
enum Token: Hashable {
    case word(String)
    case number(Int)
    static func == (a: Token, b: Token) -> Bool {
        switch (a, b) {
        case (.word(let x), .word(let y)): return x.lowercased() == y.lowercased()
        case (.number(let x), .number(let y)): return x == y
        default: return false
        }
    }
    func hash(into hasher: inout Hasher) {
        switch self {
        case .word(let w): hasher.combine(0); hasher.combine(w.lowercased())
        case .number(let n): hasher.combine(1); hasher.combine(n)
        }
    }
}
let tokens: [Token] = [.word("Hi"), .word("hi"), .number(2), .word("HI"), .number(2)]
print(Set(tokens).count, tokens.firstIndex(of: .word("hI")) ?? -1)
struct Cell: Hashable {
    var row: Int, col: Int
    var note = ""
    func hash(into hasher: inout Hasher) {
        hasher.combine(row)
        hasher.combine(col)
    }
    static func == (a: Cell, b: Cell) -> Bool { a.row == b.row && a.col == b.col }
}
var grid: [Cell: String] = [Cell(row: 0, col: 0, note: "x"): "origin"]
grid[Cell(row: 0, col: 0)] = "replaced"
print(grid.count, grid[Cell(row: 0, col: 0, note: "other")] ?? "-")
var h1 = Hasher()
h1.combine(Cell(row: 1, col: 2))
h1.combine("tag")
var h2 = Hasher()
h2.combine(Cell(row: 1, col: 2, note: "ignored"))
h2.combine("tag")
print(h1.finalize() == h2.finalize())
let groups = Dictionary(grouping: [Node(1), Node(2), Node(1)], by: { $0 })
print(groups.count, groups[Node(1)]?.count ?? 0)
// expect: 3 true false
// expect: 3 1 2
// expect: 2
// expect: 2 0
// expect: 1 replaced
// expect: true
// expect: 2 2

// A type's own `==`: `Optional`'s `==` uses it (`p == P(x: 1)` with `p: P?`), and an implicit member operand (`e == .a(2)`)
// takes the other operand's type.
struct P: Equatable {
    var x: Int
    var tag = ""
    static func == (l: P, r: P) -> Bool { l.x == r.x }
}
let p: P? = P(x: 1, tag: "a")
let none: P? = nil
print(p == P(x: 1), p != P(x: 2), P(x: 1, tag: "z") == p, none == nil, p == none, none != p) // expect: true true true true false true
let items = [P(x: 1), P(x: 2)]
print(items.first == P(x: 1, tag: "q"), items.last != P(x: 2)) // expect: true false
enum E: Equatable {
    case a(Int), b
    static func == (l: E, r: E) -> Bool {
        switch (l, r) {
        case (.a(let x), .a(let y)): x % 10 == y % 10
        case (.b, .b): true
        default: false
        }
    }
}
let e: E = .a(12)
print(e == .a(2), .a(3) == e, e == .b, e != .b) // expect: true false false true

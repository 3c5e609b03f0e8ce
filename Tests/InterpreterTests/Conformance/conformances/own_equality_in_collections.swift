struct P: Equatable {
    var x: Int
    var label: String
    static func == (a: P, b: P) -> Bool { a.x == b.x }
}
final class C: Equatable {
    let id: Int
    init(_ id: Int) { self.id = id }
    static func == (a: C, b: C) -> Bool { a.id == b.id }
}
print([P(x: 1, label: "a")] == [P(x: 1, label: "b")])
print([C(1), C(2)] == [C(1), C(2)], C(1) == C(1), C(1) === C(1))
print([P(x: 1, label: "a")].contains(P(x: 1, label: "z")), [C(3)].firstIndex(of: C(3)) ?? -1)
let o: P? = P(x: 2, label: "q")
print(o == P(x: 2, label: "r"))
print((P(x: 1, label: "a"), 1) == (P(x: 1, label: "b"), 1))
// expect: true
// expect: true true false
// expect: true 0
// expect: true
// expect: true

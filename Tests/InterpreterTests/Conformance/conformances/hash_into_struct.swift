struct P: Hashable {
    var x: Int
    var y: Int
    var label: String
    static func == (a: P, b: P) -> Bool { a.x == b.x && a.y == b.y }
    func hash(into hasher: inout Hasher) {
        hasher.combine(x)
        hasher.combine(y)
    }
}
var s = Set<P>()
s.insert(P(x: 1, y: 2, label: "a"))
s.insert(P(x: 1, y: 2, label: "b"))
print(s.count)
var d: [P: Int] = [:]
d[P(x: 0, y: 0, label: "first")] = 1
d[P(x: 0, y: 0, label: "second")] = 2
print(d.count, d.values.first!)
print(P(x: 1, y: 1, label: "a") == P(x: 1, y: 1, label: "z"))
struct Q: Hashable { var n: Int; var tag: String }
print(Set([Q(n: 1, tag: "a"), Q(n: 1, tag: "a"), Q(n: 1, tag: "b")]).count)
// expect: 1
// expect: 1 2
// expect: true
// expect: 2

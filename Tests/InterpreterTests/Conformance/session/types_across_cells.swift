struct Counter {
    var n = 0
}
var c = Counter()
// cell
extension Counter {
    mutating func bump() {
        n += 1
    }
}
c.bump()
c.bump()
print(c) // expect: Counter(n: 2)
// cell
struct Counter {
    var label: String
}
print(Counter(label: "new"), c.n) // expect: Counter(label: "new") 2

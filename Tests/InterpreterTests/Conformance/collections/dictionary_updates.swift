// Dictionary entries changed in place on variables: counting with a default, assigning nil.
var counts: [String: Int] = [:]
for word in ["b", "a", "b", "c", "b", "a"] {
    counts[word, default: 0] += 1
}
print(counts["b"]!, counts["a", default: 0], counts["z", default: -1], counts["z"] as Any) // expect: 3 2 -1 nil
let snapshot = counts
counts["a"] = nil
counts["c"] = 30
counts["d", default: 5] *= 2
print(counts.count, snapshot.count, snapshot["a"]!, counts["a"] as Any, counts["c"]!, counts["d"]!) // expect: 3 3 2 nil 30 10
var lists: [Int: [Int]] = [:]
for i in 0..<6 {
    lists[i % 2, default: []] += [i]
}
print(lists[0]!, lists[1]!) // expect: [0, 2, 4] [1, 3, 5]
var totals: [String: Double] = ["x": 1.5]
func add(_ key: String, _ v: Double) {
    totals[key, default: 0.0] += v
}
add("x", 2.0)
add("y", 0.25)
print(totals["x"]!, totals["y"]!) // expect: 3.5 0.25
var names: [Int: String] = [:]
names[1, default: ""] += "one"
names[1, default: ""] += "!"
print(names[1]!) // expect: one!

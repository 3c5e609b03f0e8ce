var ages = ["ann": 30]
ages["bob"] = 25
print(ages["ann"]!, ages.count) // expect: 30 2
ages["ann"] = nil
print(ages) // expect: ["bob": 25]
var counts: [String: Int] = [:]
for w in ["a", "b", "a"] {
    counts[w, default: 0] += 1
}
print(counts["a"]!, counts["b"]!) // expect: 2 1
print(counts.isEmpty, [String: Int]().isEmpty) // expect: false true
let removed = counts.removeValue(forKey: "a")
print(removed as Any, counts) // expect: Optional(2) ["b": 1]
let one = ["k": [1, 2]]
print(one["k"]?.count as Any) // expect: Optional(2)
print(one.keys.sorted(), one.values.count) // expect: ["k"] 1
var byLen: [Int: [String]] = [:]
byLen[1, default: []].append("x")
byLen[1, default: []].append("y")
print(byLen) // expect: [1: ["x", "y"]]

// `Dictionary.filter` gives a dictionary; `mapValues` and `compactMapValues` keep the keys.
let d = ["a": 2, "b": 0, "c": 5]
let big = d.filter { $0.value > 1 }
print(big["a"] as Any, big["b"] as Any, big.count) // expect: Optional(2) nil 2
let scaled = d.mapValues { Double($0) * 0.5 }
print(scaled["c"]!, scaled.count) // expect: 2.5 3
let parsed = ["x": "1", "y": "z"].compactMapValues { Int($0) }
print(parsed) // expect: ["x": 1]

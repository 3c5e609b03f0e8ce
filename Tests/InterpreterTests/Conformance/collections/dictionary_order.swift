// nbrun-deviation: dictionary iteration order. Ours is insertion order (deterministic);
// Swift's order is unspecified and differs between runs.
let d = ["z": 1, "a": 2, "m": 3]
print(d) // expect: ["z": 1, "a": 2, "m": 3]
for (k, v) in d { print(k, v) }
// expect: z 1
// expect: a 2
// expect: m 3
print(d.keys, d.values) // expect: ["z", "a", "m"] [1, 2, 3]
var e = d
e["b"] = 0
e["z"] = 9
print(e) // expect: ["z": 9, "a": 2, "m": 3, "b": 0]
print(d.map { $0.key + String($0.value) }) // expect: ["z1", "a2", "m3"]

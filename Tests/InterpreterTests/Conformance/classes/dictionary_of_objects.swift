class Stats {
    var count = 0
    var total = 0.0
    var mean: Double { count == 0 ? 0 : total / Double(count) }
}
var byName: [String: Stats] = [:]
for (name, value) in [("a", 1.0), ("b", 4.0), ("a", 3.0)] {
    if byName[name] == nil { byName[name] = Stats() }
    let s = byName[name]!
    s.count += 1
    s.total += value
}
print(byName["a"]!.mean, byName["b"]!.count) // expect: 2.0 1
byName["b"]!.total = 10
print(byName["b"]!.mean) // expect: 10.0

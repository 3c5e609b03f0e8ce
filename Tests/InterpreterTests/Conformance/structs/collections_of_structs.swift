struct Student {
    var name: String
    var score: Int
}
var roster = [Student(name: "ada", score: 91), Student(name: "bob", score: 78), Student(name: "cy", score: 85)]
let passed = roster.filter { $0.score >= 80 }.map { $0.name }
print(passed) // expect: ["ada", "cy"]
let best = roster.sorted { $0.score > $1.score }.first!
print(best.name) // expect: ada
let total = roster.reduce(0) { $0 + $1.score }
print(total) // expect: 254
for i in roster.indices {
    roster[i].score += 5
}
print(roster.map { $0.score }) // expect: [96, 83, 90]
var byName: [String: Student] = [:]
for s in roster {
    byName[s.name] = s
}
byName["bob"]?.score = 0
print(byName["bob"]!.score, roster[1].score) // expect: 0 83

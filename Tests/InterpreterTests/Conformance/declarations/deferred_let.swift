// A `let` declared without a value and assigned later, once on each path (Swift's deferred initialization),
// at top level, in a function, and in a loop body (a new constant on each pass).
let v: Int
v = 5
print(v) // expect: 5
func grade(_ score: Double) -> String {
    let label: String
    if score >= 90 {
        label = "A"
    } else if score >= 75 {
        label = "B"
    } else {
        label = "C"
    }
    return label
}
print([95.0, 80, 10].map(grade)) // expect: ["A", "B", "C"]
enum Phase { case train, test }
var rates: [Double] = []
for p in [Phase.train, .test, .train] {
    let rate: Double
    switch p {
    case .train: rate = 0.1
    case .test: rate = 0
    }
    rates.append(rate)
}
print(rates) // expect: [0.1, 0.0, 0.1]

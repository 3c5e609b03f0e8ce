func firstMultiple(of k: Int, from a: Int, to b: Int) -> Int {
    for i in a..<b {
        if i % k == 0 { return i }
    }
    return -1
}
print(firstMultiple(of: 7, from: 10, to: 30), firstMultiple(of: 50, from: 1, to: 10)) // expect: 14 -1
func collatzSteps(_ start: Int, _ limit: Int) -> Int {
    var x = start
    var steps = 0
    while x != 1 {
        if steps == limit { return -steps }
        x = x % 2 == 0 ? x / 2 : 3 * x + 1
        steps += 1
    }
    return steps
}
print(collatzSteps(27, 1000), collatzSteps(27, 10)) // expect: 111 -10
func strideFind(_ target: Double, _ step: Double) -> Double {
    for x in stride(from: 0.0, to: 10.0, by: step) {
        if x >= target { return x }
    }
    return -1.0
}
print(strideFind(2.2, 0.5), strideFind(20.0, 1.0)) // expect: 2.5 -1.0
func search(_ grid: [[Int]], _ value: Int) -> (Int, Int) {
    for (r, row) in grid.enumerated() {
        for c in 0..<row.count where row[c] == value {
            return (r, c)
        }
    }
    return (-1, -1)
}
print(search([[1, 2], [3, 4]], 4), search([[1]], 9)) // expect: (1, 1) (-1, -1)
var log: [String] = []
func guarded(_ n: Int, _ d: Double) -> Double {
    defer { log.append("leave \(n)") }
    guard n > 0 else { return 0.0 }
    var x = d
    while true {
        x /= 2
        if x < 1 { return x }
    }
}
print(guarded(3, 10.0), guarded(0, 1.0)) // expect: 0.625 0.0
print(log) // expect: ["leave 3", "leave 0"]
// `defer` runs after the returned expression is evaluated.
func deferred(_ a: Int, _ b: Int) -> Int {
    var x = a
    defer { x = 0; log.append("deferred \(x)") }
    return x + b
}
print(deferred(2, 3)) // expect: 5
print(log.last ?? "") // expect: deferred 0
func countdown(_ n: Int) -> [Int] {
    var out: [Int] = []
    var i = n
    while true {
        if i < 0 { return out }
        out.append(i)
        i -= 2
    }
}
print(countdown(5)) // expect: [5, 3, 1]

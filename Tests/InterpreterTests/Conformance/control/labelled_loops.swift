// Labelled loops: `break outer` and `continue outer` from nested for, while and repeat loops (also with `where`,
// `stride`, and inside a function).
var visited: [String] = []
outer: for i in 0..<3 {
    for j in 0..<3 {
        if j == 1 { continue outer }
        visited.append("\(i)\(j)")
    }
}
print(visited) // expect: ["00", "10", "20"]
let grid = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
var found: (Int, Int)? = nil
search: for (r, row) in grid.enumerated() {
    for (c, v) in row.enumerated() where v % 5 == 0 {
        found = (r, c)
        break search
    }
}
print(found!) // expect: (1, 1)
var n = 0
loop: while true {
    n += 1
    var k = 0
    repeat {
        k += 1
        if n * k > 12 { break loop }
        if k == 3 { continue loop }
    } while true
}
print(n) // expect: 5
func firstPair(_ xs: [Int], sum: Int) -> (Int, Int)? {
    var result: (Int, Int)?
    scan: for i in xs.indices {
        for j in (i + 1)..<xs.count where xs[i] + xs[j] == sum {
            result = (xs[i], xs[j])
            break scan
        }
    }
    return result
}
print(firstPair([1, 4, 6, 9], sum: 10)!) // expect: (1, 9)
var stride2 = 0
rows: for a in stride(from: 0, to: 10, by: 2) {
    for b in 0..<5 {
        if b > a { continue rows }
        stride2 += 1
    }
}
print(stride2) // expect: 19

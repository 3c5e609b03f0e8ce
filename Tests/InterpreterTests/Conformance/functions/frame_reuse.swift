// Calls that reuse frames: scalar-only functions skip clearing their recycled frames, and
// map/filter/forEach run a closure-free body in one frame; each call must still see fresh locals.
func countDown(_ n: Int) -> Int {
    var steps = 0
    var k = n
    while k > 0 {
        k -= 1
        steps += 1
    }
    return steps
}
print(countDown(3))
// expect: 3
print(countDown(0))
// expect: 0
func halves(_ x: Double) -> Double {
    let half = x / 2
    return half < 1 ? half : halves(half)
}
print(halves(10))
// expect: 0.625
let squares = [1, 2, 3].map { x -> Int in
    var acc = 0
    for _ in 0..<x { acc += x }
    return acc
}
print(squares)
// expect: [1, 4, 9]
var words: [String] = []
["a", "bb", "ccc"].forEach { w in
    var line = ""
    for _ in 0..<w.count { line += "*" }
    words.append(line)
}
print(words)
// expect: ["*", "**", "***"]
let adders = [1, 2, 3].map { n in { (x: Int) -> Int in x + n } }
print(adders.map { $0(10) })
// expect: [11, 12, 13]
let evens = (1...10).filter { v in
    let r = v % 2
    return r == 0
}
print(evens)
// expect: [2, 4, 6, 8, 10]
func ack(_ m: Int, _ n: Int) -> Int {
    if m == 0 { return n + 1 }
    if n == 0 { return ack(m - 1, 1) }
    return ack(m - 1, ack(m, n - 1))
}
print(ack(2, 3))
// expect: 9
func total(_ xs: [Int]) -> Int {
    var s = 0
    for x in xs { s += x }
    return s
}
print(total([1, 2, 3]), total([]))
// expect: 6 0

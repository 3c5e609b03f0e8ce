func tak(_ x: Int, _ y: Int, _ z: Int) -> Int {
    if y >= x {
        return z
    }
    return tak(tak(x - 1, y, z), tak(y - 1, z, x), tak(z - 1, x, y))
}
print(tak(12, 8, 4)) // expect: 5
func fib(_ n: Int) -> Int {
    if n < 2 {
        return n
    }
    let a = fib(n - 1)
    let b = fib(n - 2)
    return a + b
}
print(fib(20)) // expect: 6765
// Int, Double and Bool parameters together, with a Double result built up through recursion.
func walk(_ n: Int, _ scale: Double, _ flip: Bool, _ acc: Double) -> Double {
    guard n > 0 else { return acc }
    let step = flip ? -scale : scale
    return walk(n - 1, scale * 0.5, !flip, acc + step)
}
print(walk(10, 1.0, false, 0.0)) // expect: 0.666015625
func count(_ flag: Bool, _ n: Int, _ hits: Int) -> Int {
    if n == 0 { return hits }
    return count(!flag, n - 1, flag ? hits + 1 : hits)
}
print(count(true, 7, 0)) // expect: 4
func ackermann(_ m: Int, _ n: Int) -> Int {
    if m == 0 { return n + 1 }
    if n == 0 { return ackermann(m - 1, 1) }
    return ackermann(m - 1, ackermann(m, n - 1))
}
print(ackermann(2, 3)) // expect: 9
func entry(_ i: Int, _ j: Int) -> Double {
    let k = (i + j) * (i + j + 1) / 2 + i + 1
    return 1.0 / Double(k)
}
var sum = 0.0
for i in 0..<4 {
    for j in 0..<4 { sum += entry(i, j) * Double(j + 1) }
}
print(sum) // expect: 6.165727459674828
// The unboxed result feeds Bool and String contexts as well.
func isSmall(_ x: Int, _ limit: Int) -> Bool { x < limit }
print(isSmall(3, 4), isSmall(5, 4)) // expect: true false
func describe(_ a: Int, _ b: Double) -> String {
    if a > 0 { return "positive \(b)" }
    return "other \(b)"
}
print(describe(1, 2.5), describe(-1, 0.5)) // expect: positive 2.5 other 0.5

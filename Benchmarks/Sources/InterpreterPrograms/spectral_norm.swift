func a(_ i: Int, _ j: Int) -> Double {
    let k = (i + j) * (i + j + 1) / 2 + i + 1
    return 1.0 / Double(k)
}
func multiplyAv(_ v: [Double], _ n: Int) -> [Double] {
    var result = [Double](repeating: 0.0, count: n)
    for i in 0..<n {
        var sum = 0.0
        for j in 0..<n {
            sum += a(i, j) * v[j]
        }
        result[i] = sum
    }
    return result
}
func multiplyAtv(_ v: [Double], _ n: Int) -> [Double] {
    var result = [Double](repeating: 0.0, count: n)
    for i in 0..<n {
        var sum = 0.0
        for j in 0..<n {
            sum += a(j, i) * v[j]
        }
        result[i] = sum
    }
    return result
}
let n = 100
var u = [Double](repeating: 1.0, count: n)
var v = [Double](repeating: 0.0, count: n)
for _ in 0..<10 {
    v = multiplyAtv(multiplyAv(u, n), n)
    u = multiplyAtv(multiplyAv(v, n), n)
}
var vBv = 0.0
var vv = 0.0
for i in 0..<n {
    vBv += u[i] * v[i]
    vv += v[i] * v[i]
}
print(String(format: "%.9f", (vBv / vv).squareRoot()))

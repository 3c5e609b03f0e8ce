let n = 60
var a = [[Double]](repeating: [Double](repeating: 0.0, count: n), count: n)
var b = [[Double]](repeating: [Double](repeating: 0.0, count: n), count: n)
for i in 0..<n {
    for j in 0..<n {
        a[i][j] = Double(i * n + j) / Double(n * n)
        b[i][j] = Double(j * n + i) / Double(n * n)
    }
}
var c = [[Double]](repeating: [Double](repeating: 0.0, count: n), count: n)
for i in 0..<n {
    for j in 0..<n {
        var sum = 0.0
        for k in 0..<n {
            sum += a[i][k] * b[k][j]
        }
        c[i][j] = sum
    }
}
var trace = 0.0
for i in 0..<n {
    trace += c[i][i]
}
print(String(format: "%.9f", trace))

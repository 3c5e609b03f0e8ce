var log: [String] = []
func compute(_ x: Int) -> Int {
    defer { log.append("done \(x)") }
    if x > 5 { return x * 2 }
    log.append("small")
    return x
}
print(compute(10), compute(1)) // expect: 20 1
print(log) // expect: ["done 10", "small", "done 1"]

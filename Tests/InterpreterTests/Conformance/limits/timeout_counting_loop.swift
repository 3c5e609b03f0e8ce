var total = 0
for _ in 0..<Int.max {
    total += 1
}
// expect timeout

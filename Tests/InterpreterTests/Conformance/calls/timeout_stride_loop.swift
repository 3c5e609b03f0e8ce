var total = 0.0
for x in stride(from: 0.0, to: Double.infinity, by: 1.0) {
    total += x
}
// expect timeout

var total = 0.0
for x in stride(from: 0.0, to: 1000.0, by: 0.001) {
    total += x * 0.5
}
var count = 0
for i in stride(from: 0, to: 3_000_000, by: 3) {
    count += i % 5
}
print(String(format: "%.3f", total))
print(count)

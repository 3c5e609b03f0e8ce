var s = 0.0
for i in 0..<3_000_000 {
    s += Double(i % 7) * 0.5
}
print(s)

var buckets: [ClosedRange<Int>: String] = [0...9: "low", 10...99: "mid"]
buckets[100...999] = "high"
for value in [5, 42, 512] {
    for (range, name) in buckets where range.contains(value) { print(value, name) }
}
print(buckets[10...99] ?? "-", buckets.count)
var seen = Set<Range<Int>>()
seen.insert(0..<3)
seen.insert(0..<3)
seen.insert(3..<6)
print(seen.count, seen.contains(3..<6), seen.contains(0..<6))
// expect: 5 low
// expect: 42 mid
// expect: 512 high
// expect: mid 3
// expect: 2 true false

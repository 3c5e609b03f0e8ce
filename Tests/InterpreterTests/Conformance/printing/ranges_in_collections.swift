print([0..<2], (1...3), Optional(0..<1), [1...2], (1, 2..<3))
let r = 0..<2
print(r, "\(r)", [r].description, String(describing: r))
// expect: [Range(0..<2)] 1...3 Optional(Range(0..<1)) [ClosedRange(1...2)] (1, Range(2..<3))
// expect: 0..<2 0..<2 [Range(0..<2)] 0..<2

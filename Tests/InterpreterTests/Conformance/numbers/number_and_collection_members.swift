print(Int.max.addingReportingOverflow(1), 5.multipliedReportingOverflow(by: 3))
let r = 7.addingReportingOverflow(8)
print(r.partialValue, r.overflow)
print(7.signum(), (-3).signum(), 0.signum(), 17.quotientAndRemainder(dividingBy: 5), (-17).quotientAndRemainder(dividingBy: 5))
print(7.5.remainder(dividingBy: 2), 1.0.isLess(than: 2.0), Float(8.5).remainder(dividingBy: 3))
print((5...15).clamped(to: 0...10), (20...30).clamped(to: 0...10), (2..<8).clamped(to: 4..<6), (0.5...2.0).clamped(to: 0.0...1.0))
print([3, 1, 4, 1, 5].last(where: { $0 < 3 }) ?? -1, [1, 2].elementsEqual([1, 2]), [1, 2].elementsEqual([1, 3]))
var a = [1, 2, 3, 4, 5, 6]
let p = a.partition(by: { $0 % 2 == 0 })
print(p, a[..<p].sorted(), a[p...].sorted())
var b = [1, 2, 3, 4]
b.replaceSubrange(0..<2, with: [9])
print(b)
let merged = ["a": 1].merging(["a": 10, "b": 2]) { $0 + $1 }
print(merged.keys.sorted().map { "\($0)=\(merged[$0]!)" })
// expect: (partialValue: -9223372036854775808, overflow: true) (partialValue: 15, overflow: false)
// expect: 15 false
// expect: 1 -1 0 (quotient: 3, remainder: 2) (quotient: -3, remainder: -2)
// expect: -0.5 true -0.5
// expect: 5...10 10...10 4..<6 0.5...1.0
// expect: 1 true false
// expect: 3 [1, 3, 5] [2, 4, 6]
// expect: [9, 3, 4]
// expect: ["a=11", "b=2"]

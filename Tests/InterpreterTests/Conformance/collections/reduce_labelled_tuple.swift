let r = [4, -2, 9].reduce((lo: 0, hi: 0)) { ($0.lo + $1, $0.hi - $1) }
print(r.lo, r.hi, r)
let stats = [2.0, 4.0, 9.0].reduce((sum: 0.0, count: 0)) { acc, x in (acc.sum + x, acc.count + 1) }
print(stats.sum / Double(stats.count), stats)
let bounds = [3, 7, 1].reduce((min: Int.max, max: Int.min)) { (Swift.min($0.min, $1), Swift.max($0.max, $1)) }
print(bounds)
// expect: 11 -11 (lo: 11, hi: -11)
// expect: 5.0 (sum: 15.0, count: 3)
// expect: (min: 1, max: 7)

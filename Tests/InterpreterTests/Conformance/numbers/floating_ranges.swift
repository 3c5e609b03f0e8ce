let passing: ClosedRange<Double> = 0.5...1.0
let low = 0.0..<0.5
for score in [0.2, 0.5, 0.99, 1.0] {
    switch score {
    case low: print(score, "low")
    case passing: print(score, "passing")
    default: print(score, "out")
    }
}
let teens = 13...19
switch 15 {
case teens: print("teen")
default: print("not")
}
print([passing], Optional(low), passing == 0.5...1.0, low == 0.0..<0.6)
print(passing.lowerBound + passing.upperBound, low.isEmpty, (1.0..<1.0).isEmpty)
let f: ClosedRange<Float> = 0...2
print(f, f.contains(1.5), f.upperBound, type(of: f), type(of: low))
let r = -1.5...2.5
print(r.contains(-2), r.contains(2.5), r)
// expect: 0.2 low
// expect: 0.5 passing
// expect: 0.99 passing
// expect: 1.0 passing
// expect: teen
// expect: [ClosedRange(0.5...1.0)] Optional(Range(0.0..<0.5)) true false
// expect: 1.5 false true
// expect: 0.0...2.0 true 2.0 ClosedRange<Float> Range<Double>
// expect: false true -1.5...2.5

extension Int {
    func squared() -> Int { self * self }
    var isEven: Bool { self % 2 == 0 }
}
extension Double {
    func clipped(to limit: Double) -> Double {
        if self > limit { return limit }
        return self < -limit ? -limit : self
    }
    var half: Double { self / 2 }
}
print(7.squared(), 4.isEven, 7.isEven) // expect: 49 true false
let x = 3
print(x.squared() + 1) // expect: 10
print(2.5.clipped(to: 1), (-3.0).clipped(to: 2), 9.0.half) // expect: 1.0 -2.0 4.5
let d: Double = 0.25
print(d.half.clipped(to: 0.1)) // expect: 0.1

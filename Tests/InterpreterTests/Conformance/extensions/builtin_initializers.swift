// `init`s added to built-in types: `self` starts unset and the body assigns it; failable ones return nil;
// the standard library's own conversions (`Double(3)`, `Double("2.5")`) stay.
struct Celsius { var degrees: Double }
extension Double {
    init(fahrenheitFrom c: Celsius) { self = c.degrees * 9 / 5 + 32 }
    init(_ c: Celsius) { self = c.degrees }
    init?(percent text: String) {
        guard let value = Double(text) else { return nil }
        self = value / 100
    }
}
extension String {
    init(stars n: Int) { self = String(repeating: "*", count: n) }
}
extension Int {
    init(digits: [Int]) {
        self = 0
        for d in digits { self = self * 10 + d }
    }
}
let c = Celsius(degrees: 100)
print(Double(fahrenheitFrom: c), Double(c), Double(3), Double("2.5") as Any) // expect: 212.0 100.0 3.0 Optional(2.5)
print(Double(percent: "12.5") as Any, Double(percent: "x") as Any, String(stars: 3), Int(digits: [4, 0, 2])) // expect: Optional(0.125) nil *** 402

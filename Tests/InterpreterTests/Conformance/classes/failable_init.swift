class Ratio {
    var num: Int
    var den: Int
    init?(_ num: Int, _ den: Int) {
        if den == 0 { return nil }
        self.num = num
        self.den = den
    }
    var value: Double { Double(num) / Double(den) }
}
if let r = Ratio(1, 4) { print(r.value) } // expect: 0.25
print(Ratio(1, 0) == nil) // expect: true
let maybe = Ratio(3, 2)
print(maybe?.value ?? 0) // expect: 1.5

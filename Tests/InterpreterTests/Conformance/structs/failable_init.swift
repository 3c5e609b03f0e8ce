struct Probability {
    var value: Double

    init?(_ value: Double) {
        if value < 0 || value > 1 {
            return nil
        }
        self.value = value
    }
}
let good = Probability(0.25)
let bad = Probability(2)
print(good?.value ?? -1, bad == nil) // expect: 0.25 true
if let p = Probability(0.5) {
    print(p) // expect: Probability(value: 0.5)
}
print(good as Any) // expect: Optional(main.Probability(value: 0.25))

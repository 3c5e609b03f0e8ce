enum ValidationError: Error { case negative(Double) }
struct Temperature {
    var kelvin: Double
    init(kelvin: Double) throws {
        if kelvin < 0 { throw ValidationError.negative(kelvin) }
        self.kelvin = kelvin
    }
}
let t = try Temperature(kelvin: 300)
print(t) // expect: Temperature(kelvin: 300.0)
do {
    _ = try Temperature(kelvin: -1)
} catch {
    print("invalid:", error) // expect: invalid: negative(-1.0)
}
print((try? Temperature(kelvin: -5)) == nil) // expect: true

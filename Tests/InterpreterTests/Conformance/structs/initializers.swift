struct Temperature {
    var celsius: Double
    var label = "t"

    init(celsius: Double) {
        self.celsius = celsius
    }

    init(fahrenheit: Double) {
        celsius = (fahrenheit - 32) / 1.8
        label = "from F"
    }
}
let a = Temperature(celsius: 20)
let b = Temperature(fahrenheit: 212)
print(a) // expect: Temperature(celsius: 20.0, label: "t")
print(b.celsius, b.label) // expect: 100.0 from F

class Temperature {
    var celsius: Double
    init(celsius: Double) { self.celsius = celsius }
    var fahrenheit: Double {
        get { celsius * 9 / 5 + 32 }
        set { celsius = (newValue - 32) * 5 / 9 }
    }
}
let t = Temperature(celsius: 100)
print(t.fahrenheit) // expect: 212.0
t.fahrenheit = 32
print(t.celsius) // expect: 0.0
t.fahrenheit += 18
print(t.celsius) // expect: 10.0

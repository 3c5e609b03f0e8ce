class Dense {
    var w: Double
    var b: Double
    var calls = 0
    init(w: Double, b: Double) {
        self.w = w
        self.b = b
    }
    func callAsFunction(_ x: Double) -> Double {
        calls += 1
        return w * x + b
    }
}
let layer = Dense(w: 2, b: 1)
print(layer(3), layer(layer(0))) // expect: 7.0 3.0
print(layer.calls) // expect: 3

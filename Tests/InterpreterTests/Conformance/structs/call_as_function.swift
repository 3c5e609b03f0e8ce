struct Affine {
    var weight: Double
    var bias: Double

    func callAsFunction(_ x: Double) -> Double {
        weight * x + bias
    }
}
let model = Affine(weight: 2, bias: 0.5)
print(model(3)) // expect: 6.5
print([1.0, 2.0].map { model($0) }) // expect: [2.5, 4.5]

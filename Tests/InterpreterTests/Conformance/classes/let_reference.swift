class Model {
    var weights: [Double] = [1, 2]
    var bias = 0.5
    let name = "linear"
}
let m = Model()
m.weights[0] = 10
m.weights.append(3)
m.bias -= 0.25
print(m.weights, m.bias, m.name) // expect: [10.0, 2.0, 3.0] 0.25 linear
func train(_ model: Model) {
    model.bias += 1
    model.weights = model.weights.map { $0 * 2 }
}
train(m)
print(m.weights, m.bias) // expect: [20.0, 4.0, 6.0] 1.25

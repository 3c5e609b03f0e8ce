enum Activation { case relu, sigmoid }
struct Layer {
    var units: Int
    var activation: Activation
}
var layer = Layer(units: 4, activation: .relu)
print(layer) // expect: Layer(units: 4, activation: main.Activation.relu)
layer.activation = .sigmoid
print(layer.activation) // expect: sigmoid
print([layer]) // expect: [main.Layer(units: 4, activation: main.Activation.sigmoid)]

// `required init`: a subclass that declares its own designated initializers declares it too (as
// `required`); one that declares none inherits it.
class Layer {
    let units: Int
    required init(units: Int) { self.units = units }
    func describe() -> String { "layer of \(units)" }
}
class Dense: Layer {
    let bias: Bool
    init(units: Int, bias: Bool) {
        self.bias = bias
        super.init(units: units)
    }
    required init(units: Int) {
        bias = true
        super.init(units: units)
    }
    override func describe() -> String { "dense of \(units), bias \(bias)" }
}
class Wide: Dense {}
print(Layer(units: 1).describe(), "|", Dense(units: 2).describe(), "|", Wide(units: 3).describe()) // expect: layer of 1 | dense of 2, bias true | dense of 3, bias true

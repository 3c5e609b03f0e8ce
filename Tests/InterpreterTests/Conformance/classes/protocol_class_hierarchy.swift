protocol Trainable {
    var parameterCount: Int { get }
    mutating func reset()
}
class Module: Trainable {
    var weights: [Double]
    init(weights: [Double]) { self.weights = weights }
    var parameterCount: Int { weights.count }
    func reset() { weights = weights.map { _ in 0.0 } }
}
class Linear: Module {
    var bias = [1.0]
    override var parameterCount: Int { super.parameterCount + bias.count }
    override func reset() {
        super.reset()
        bias = [0]
    }
}
let l = Linear(weights: [3, 4, 5])
var modules: [Trainable] = [Module(weights: [1, 2]), l]
print(modules.map { $0.parameterCount }) // expect: [2, 4]
for i in 0..<modules.count { modules[i].reset() }
print(l.weights, l.bias) // expect: [0.0, 0.0, 0.0] [0.0]

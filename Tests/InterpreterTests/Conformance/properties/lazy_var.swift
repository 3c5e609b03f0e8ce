class Model {
    var size: Int
    init(size: Int) { self.size = size }
    lazy var weights: [Double] = Array(repeating: 0.5, count: 3)
}
let m = Model(size: 3)
print(m.weights) // expect: [0.5, 0.5, 0.5]
m.weights[0] = 2
print(m.weights) // expect: [2.0, 0.5, 0.5]

// A class's `lazy var` runs its initial value once, at the first read, after `init` has run.
final class Model {
    var size = 3
    lazy var weights: [Double] = {
        print("making weights")
        return Array(repeating: 0.5, count: size)
    }()
    lazy var name = "model of \(size)"
}
let m = Model()
print("made") // expect: made
m.size = 4
print(m.weights) // expect: making weights
                 // expect: [0.5, 0.5, 0.5, 0.5]
print(m.weights.count, m.name) // expect: 4 model of 4
m.weights[0] = 2
print(m.weights) // expect: [2.0, 0.5, 0.5, 0.5]
class Base {
    lazy var id = 7
}
class Derived: Base {}
let d = Derived()
d.id += 1
print(d.id) // expect: 8
print(d) // expect: main.Derived

// A method used as a function value (`xs.map(scaler.apply)`, `let f = model.predict`): the receiver now, the
// call later, with a class's override; a protocol-typed receiver calls its own implementation.
struct Scaler {
    var k: Double
    func apply(_ x: Double) -> Double { x * k }
}
class Model {
    func predict(_ x: Double) -> Double { x + 1 }
}
final class Big: Model {
    override func predict(_ x: Double) -> Double { x + 100 }
}
let s = Scaler(k: 2)
protocol Layer { func forward(_ x: Double) -> Double }
struct Shift: Layer { var by: Double; func forward(_ x: Double) -> Double { x + by } }
let m: Model = Big()
let f = m.predict
let layer: Layer = Shift(by: 0.5)
print([1.0, 2.0].map(s.apply)) // expect: [2.0, 4.0]
print([1.0].map(m.predict), f(2), [1.0, 2.0].map(layer.forward)) // expect: [101.0] 102.0 [1.5, 2.5]

protocol Resettable {
    func reset() -> String
}
class Layer {}
class Norm: Layer, Resettable {
    func reset() -> String { "norm reset" }
}
class Dense: Layer {}
let layers: [Layer] = [Norm(), Dense()]
for l in layers {
    if let r = l as? Resettable { print(r.reset()) } else { print("not resettable") }
} // expect: norm reset
// expect: not resettable
print(layers.map { $0 is Resettable }) // expect: [true, false]

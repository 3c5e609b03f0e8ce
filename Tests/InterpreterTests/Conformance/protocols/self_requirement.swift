protocol Scalable {
    func scaled(by k: Double) -> Self
}
struct Vec: Scalable {
    var x: Double
    func scaled(by k: Double) -> Vec { Vec(x: x * k) }
}
let v = Vec(x: 2).scaled(by: 3)
print(v) // expect: Vec(x: 6.0)
print(v.scaled(by: 0.5).x) // expect: 3.0

// `&` arguments to methods dispatched at run time: class methods (overridden too), protocol
// requirements on a protocol-typed value and through a generic constraint.
class Optimizer {
    var rate: Double
    init(rate: Double) { self.rate = rate }
    func update(_ params: inout [Double], _ grads: [Double]) {
        for i in params.indices { params[i] -= rate * grads[i] }
    }
}
final class Momentum: Optimizer {
    var velocity: [Double] = []
    override func update(_ params: inout [Double], _ grads: [Double]) {
        if velocity.isEmpty { velocity = Array(repeating: 0, count: params.count) }
        for i in params.indices {
            velocity[i] = 0.9 * velocity[i] + grads[i]
            params[i] -= rate * velocity[i]
        }
    }
}
protocol Stepper { func step(_ x: inout Int) }
struct Inc: Stepper { func step(_ x: inout Int) { x += 1 } }
func twice<T: Stepper>(_ s: T, _ x: inout Int) { s.step(&x); s.step(&x) }
var w = [1.0, 2.0]
let opts: [Optimizer] = [Optimizer(rate: 0.5), Momentum(rate: 0.5)]
for o in opts { o.update(&w, [1, 1]) }
print(w) // expect: [0.0, 1.0]
opts[1].update(&w, [1, 1])
print(w) // expect: [-0.95, 0.050000000000000044]
var n = 0
let s: Stepper = Inc()
s.step(&n)
twice(Inc(), &n)
print(n) // expect: 3

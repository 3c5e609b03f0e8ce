// A `mutating` protocol requirement taking an `inout` argument, called through the protocol type, an
// array element of it, and a generic constraint (the Optimizer pattern).
protocol Optimizer { mutating func update(_ params: inout [Double]) }
struct SGD: Optimizer {
    var steps = 0
    mutating func update(_ params: inout [Double]) { params[0] -= 1; steps += 1 }
}
final class Adam: Optimizer {
    var t = 0
    func update(_ params: inout [Double]) { t += 1; params[0] *= 0.5 }
}
func train<O: Optimizer>(_ o: inout O, _ p: inout [Double]) { o.update(&p); o.update(&p) }
var opt: Optimizer = SGD()
var p: [Double] = [5]
opt.update(&p)
opt.update(&p)
print(p, (opt as? SGD)?.steps ?? -1) // expect: [3.0] 2
var opts: [Optimizer] = [SGD(), Adam()]
for i in opts.indices { opts[i].update(&p) }
var s = SGD()
train(&s, &p)
print(p, s.steps) // expect: [-1.0] 2

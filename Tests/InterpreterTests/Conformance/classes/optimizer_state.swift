class Optimizer {
    var learningRate: Double
    var steps = 0
    init(learningRate: Double) { self.learningRate = learningRate }
    func step(_ w: [Double], _ g: [Double]) -> [Double] {
        steps += 1
        return zip(w, g).map { $0 - learningRate * $1 }
    }
}
class Momentum: Optimizer {
    var velocity: [Double] = []
    var beta = 0.9
    override func step(_ w: [Double], _ g: [Double]) -> [Double] {
        if velocity.isEmpty { velocity = Array(repeating: 0.0, count: w.count) }
        steps += 1
        velocity = zip(velocity, g).map { beta * $0 + $1 }
        return zip(w, velocity).map { $0 - learningRate * $1 }
    }
}
let optimizers: [Optimizer] = [Optimizer(learningRate: 0.5), Momentum(learningRate: 0.5)]
for opt in optimizers {
    var w = [1.0, -1.0]
    for _ in 0..<3 { w = opt.step(w, [1.0, 0.5]) }
    print(w, opt.steps)
} // expect: [-0.5, -1.75] 3
// expect: [-1.805, -2.4025] 3

// An `inout` variable (or a stored property of one) is changed in place by the callee: a copy
// made before the call keeps its value, and an error thrown by the callee still writes back.
struct Model { var weights: [Double]; var steps = 0 }
final class Trainer { var model = Model(weights: []) }
func push(_ xs: inout [Int], _ v: Int) { xs.append(v) }
func train(_ m: inout Model) { m.weights.append(0.5); m.steps += 1 }
enum Stop: Error { case now }
func trainThenStop(_ m: inout Model) throws { train(&m); throw Stop.now }
var xs: [Int] = []
for i in 0..<5 { push(&xs, i) }
let snapshot = xs
push(&xs, 99)
print(xs, snapshot) // expect: [0, 1, 2, 3, 4, 99] [0, 1, 2, 3, 4]
var model = Model(weights: [1])
let before = model
train(&model)
do { try trainThenStop(&model) } catch { print("stopped:", error) } // expect: stopped: now
print(model, before) // expect: Model(weights: [1.0, 0.5, 0.5], steps: 2) Model(weights: [1.0], steps: 0)
var models = [model]
train(&models[0])
let trainer = Trainer()
train(&trainer.model)
train(&trainer.model)
print(models[0].steps, model.steps, trainer.model.steps, trainer.model.weights) // expect: 3 2 2 [0.5, 0.5]

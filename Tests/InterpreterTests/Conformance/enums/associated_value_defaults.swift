enum Step {
    case move(by: Int = defaultStep, times: Int = 1)
    case scale(Double = 0.5)
    case wait
}
let defaultStep = 3
func describe(_ s: Step) -> String {
    switch s {
    case let .move(by, times): return "move \(by) x\(times)"
    case .scale(let factor): return "scale \(factor)"
    case .wait: return "wait"
    }
}
print(describe(.move()), describe(.move(times: 4)), describe(.move(by: 1))) // expect: move 3 x1 move 3 x4 move 1 x1
print(Step.scale(), Step.scale(2)) // expect: scale(0.5) scale(2.0)
var steps = [Step.move(), .wait]
steps.append(.move(by: -1))
print(steps.count, describe(steps[2])) // expect: 3 move -1 x1
let make = Step.move
print(make(7, 2)) // expect: move(by: 7, times: 2)

// Types nested in an extension of a declared type: usable by the type's own members (a property's
// default included), by the extension's methods and outside as `Model.Report`.
struct Model {
    var phase = Phase.training
    var steps = 0
}
extension Model {
    enum Phase: String { case training, evaluation }
    struct Report { var steps: Int; var phase: Phase }
    func report() -> Report { Report(steps: steps, phase: phase) }
    mutating func evaluate() { phase = .evaluation }
}
var m = Model()
m.steps = 3
m.evaluate()
print(m.report(), Model.Phase.training.rawValue, m.phase) // expect: Report(steps: 3, phase: main.Model.Phase.evaluation) training evaluation
let r: Model.Report = m.report()
print(r.steps) // expect: 3

class Trainer {
    class History {
        var losses: [Double] = []
        func record(_ x: Double) { losses.append(x) }
    }
    let history = History()
    func step(_ loss: Double) { history.record(loss) }
}
let t = Trainer()
t.step(0.5)
t.step(0.25)
print(t.history.losses) // expect: [0.5, 0.25]
print(t.history) // expect: main.Trainer.History

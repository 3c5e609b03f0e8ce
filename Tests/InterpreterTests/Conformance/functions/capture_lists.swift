// Capture lists: `[x]` and `[name = expr]` take the value when the closure is made (each closure its own);
// `[weak self]` (an optional, rebound with `guard let self`) and `[unowned self]` in a class's callbacks.
var x = 10
let snap = { [x] in print("captured", x) }
let live = { print("live", x) }
x = 20
snap() // expect: captured 10
live() // expect: live 20
var handlers: [() -> Int] = []
for i in 0..<3 {
    var scaled = i * 10
    handlers.append { [scaled, double = i * 2] in scaled + double }
    scaled += 1
}
print(handlers.map { $0() }) // expect: [0, 12, 24]
final class Trainer {
    var epochs = 0
    var onEpoch: (() -> Void)?
    func setUp() {
        onEpoch = { [weak self] in
            guard let self = self else { return }
            self.epochs += 1
        }
        let count = { [unowned self] in self.epochs }
        onEpoch?()
        onEpoch?()
        print(count()) // expect: 2
    }
}
Trainer().setUp()

// A trailing closure fills a labelled parameter (`body:`), after defaulted parameters of other
// types, in free functions, methods, initializers and calls with `&` arguments.
func repeatTimes(_ n: Int, body: (Int) -> Void) {
    for i in 0..<n { body(i) }
}
var seen: [Int] = []
repeatTimes(3) { seen.append($0 * 10) }
print(seen) // expect: [0, 10, 20]
func train(epochs: Int, rate: Double = 0.1, onEpoch: (Int, Double) -> String) -> [String] {
    (0..<epochs).map { onEpoch($0, rate * Double($0)) }
}
print(train(epochs: 2) { e, loss in "epoch \(e): \(loss)" }) // expect: ["epoch 0: 0.0", "epoch 1: 0.1"]
print(train(epochs: 2, rate: 0.5) { "\($0)/\($1)" }) // expect: ["0/0.0", "1/0.5"]
struct Loop {
    var times: Int
    func run(action: (Int) -> Int) -> Int { (0..<times).map(action).reduce(0, +) }
    static func make(times: Int, check: (Int) -> Bool) -> Loop? { check(times) ? Loop(times: times) : nil }
}
print(Loop(times: 3).run { $0 * 2 }) // expect: 6
print(Loop.make(times: 4) { $0 > 2 } as Any) // expect: Optional(main.Loop(times: 4))
final class Counter {
    var total = 0
    init(start: Int, step: (Int) -> Int) { total = step(start) }
    func add(_ n: Int, transform: (Int) -> Int) { total += transform(n) }
}
let c = Counter(start: 1) { $0 + 100 }
c.add(5) { $0 * $0 }
print(c.total) // expect: 126
func update(_ v: inout Int, by change: (Int) -> Int) { v = change(v) }
var v = 1
update(&v) { $0 + 10 }
print(v) // expect: 11

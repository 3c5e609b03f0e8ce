struct Accumulator {
    var total = 0.0
    var count = 0

    mutating func add(_ x: Double) {
        total += x
        count += 1
    }

    var mean: Double { count == 0 ? 0 : total / Double(count) }
}
var acc = Accumulator()
[1.0, 2.0, 6.0].forEach { acc.add($0) }
print(acc.mean) // expect: 3.0
let snapshot = acc
let addLater = { (x: Double) in acc.add(x) }
addLater(11)
print(snapshot.count, acc.count, acc.mean) // expect: 3 4 5.0
func makeCounter() -> () -> Int {
    var state = Accumulator()
    return {
        state.add(1)
        return state.count
    }
}
let next = makeCounter()
_ = next()
print(next()) // expect: 2

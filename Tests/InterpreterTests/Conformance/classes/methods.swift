class Accumulator {
    var total = 0
    var history: [Int] = []
    func add(_ x: Int) {
        total += x
        history.append(x)
    }
    func addTwice(_ x: Int) -> Int {
        add(x)
        self.add(x)
        return total
    }
    func reset() {
        total = 0
        history = []
    }
}
let acc = Accumulator()
acc.add(3)
acc.add(4)
print(acc.total, acc.history) // expect: 7 [3, 4]
print(acc.addTwice(10)) // expect: 27
print(acc.history.count) // expect: 4
acc.reset()
print(acc.total, acc.history) // expect: 0 []

struct Counter {
    var count = 0
    var history: [Int] = []

    mutating func increment(by step: Int = 1) {
        count += step
        history.append(count)
    }

    mutating func twice() {
        increment()
        self.increment(by: 10)
    }
}
var c = Counter()
c.increment()
c.increment(by: 5)
c.twice()
print(c.count, c.history) // expect: 17 [1, 6, 7, 17]
var copy = c
copy.increment()
print(c.count, copy.count) // expect: 17 18
var counters = [Counter(), Counter()]
counters[1].increment(by: 3)
print(counters) // expect: [main.Counter(count: 0, history: []), main.Counter(count: 3, history: [3])]

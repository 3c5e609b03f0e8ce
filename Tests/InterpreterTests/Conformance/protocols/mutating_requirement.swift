protocol Counter {
    var count: Int { get }
    mutating func increment()
}
struct Clicks: Counter {
    var count = 0
    mutating func increment() { count += 1 }
}
class Taps: Counter {
    var count = 10
    func increment() { count += 10 }
}
var c: Counter = Clicks()
c.increment()
c.increment()
print(c.count) // expect: 2
var t: Counter = Taps()
t.increment()
print(t.count) // expect: 20
var clicks = Clicks()
clicks.increment()
print(clicks.count) // expect: 1

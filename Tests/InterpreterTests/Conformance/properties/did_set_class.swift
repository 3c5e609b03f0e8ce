class Tracker {
    var history: [Int] = []
    var value = 0 {
        willSet { history.append(newValue) }
        didSet { if value > 100 { value = 100 } }
    }
}
let t = Tracker()
t.value = 5
t.value += 10
t.value = 500
print(t.value, t.history) // expect: 100 [5, 15, 500]

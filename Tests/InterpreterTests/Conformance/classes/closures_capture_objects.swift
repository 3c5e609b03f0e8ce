class Counter {
    var n = 0
}
let c = Counter()
let bump = { c.n += 1 }
bump()
bump()
print(c.n) // expect: 2
func makeIncrementer(_ counter: Counter) -> () -> Int {
    return {
        counter.n += 10
        return counter.n
    }
}
let inc = makeIncrementer(c)
print(inc(), inc(), c.n) // expect: 12 22 22

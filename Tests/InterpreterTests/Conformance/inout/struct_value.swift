struct Counter { var count = 0 }
func tick(_ c: inout Counter, times: Int) {
    for _ in 0..<times { c.count += 1 }
}
var c = Counter()
tick(&c, times: 3)
print(c.count) // expect: 3

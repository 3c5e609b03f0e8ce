// A closure held in a tuple element is called through the element (`counter.inc(1)`, `pair.0(2)`).
func makeCounter() -> (increment: () -> Int, reset: () -> Void) {
    var n = 0
    return (increment: { n += 1; return n }, reset: { n = 0 })
}
let counter = makeCounter()
_ = counter.increment()
print(counter.increment()) // expect: 2
counter.reset()
print(counter.increment()) // expect: 1
let ops = ({ (x: Int) in x + 1 }, { (x: Int) in x * 2 })
print(ops.0(5), ops.1(5)) // expect: 6 10

struct Accumulator {
    var step: Int
    func apply(to value: inout Int) { value += step }
}
var n = 1
let acc = Accumulator(step: 4)
acc.apply(to: &n)
acc.apply(to: &n)
print(n) // expect: 9

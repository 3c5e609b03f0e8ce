let double = { (x: Int) -> Int in x * 2 }
print(double(4)) // expect: 8
let add: (Int, Int) -> Int = { a, b in a + b }
print(add(2, 3)) // expect: 5
let xs = [3, 1, 2]
print(xs.map { $0 * 10 }) // expect: [30, 10, 20]
print(xs.sorted { $0 > $1 }) // expect: [3, 2, 1]
print(xs.filter { x in x > 1 }) // expect: [3, 2]
func apply(_ f: (Int) -> Int, to x: Int) -> Int { f(x) }
print(apply({ $0 + 1 }, to: 1)) // expect: 2
func makeCounter() -> () -> Int {
    var count = 0
    return {
        count += 1
        return count
    }
}
let counter = makeCounter()
_ = counter()
print(counter(), counter()) // expect: 2 3
var total = 0
let addToTotal = { (x: Int) in total += x }
addToTotal(5)
addToTotal(7)
print(total) // expect: 12
func runTwice(_ body: () -> Void) {
    body()
    body()
}
runTwice {
    print("trailing") 
}
// expect: trailing
// expect: trailing
let sum = xs.reduce(0) { acc, x in acc + x }
print(sum) // expect: 6
let multi = xs.map { x -> String in
    let s = String(x)
    return s + s
}
print(multi) // expect: ["33", "11", "22"]

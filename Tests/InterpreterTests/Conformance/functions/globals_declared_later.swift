func show() {
    print("total is \(total)")
}
var total = 5
show() // expect: total is 5
total += 1
show() // expect: total is 6
func returnsInAllBranches(_ x: Int) -> String {
    if x > 0 {
        return "positive"
    } else if x < 0 {
        return "negative"
    } else {
        return "zero"
    }
}
print(returnsInAllBranches(-3)) // expect: negative
func viaSwitch(_ x: Int) -> Int {
    switch x {
    case 0: return 10
    default: return 20
    }
}
print(viaSwitch(0), viaSwitch(1)) // expect: 10 20

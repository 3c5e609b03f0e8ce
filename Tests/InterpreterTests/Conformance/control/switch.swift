func describe(_ n: Int) -> String {
    switch n {
    case 0:
        return "zero"
    case 1, 2:
        return "small"
    case 3...9:
        return "medium"
    case let x where x < 0:
        return "negative"
    default:
        return "large"
    }
}
print(describe(0), describe(2), describe(5), describe(-4), describe(100)) // expect: zero small medium negative large
let s = "b"
switch s {
case "a": print("A")
case "b", "c": print("B or C") // expect: B or C
default: break
}
for i in 0..<3 {
    switch i {
    case 1: break
    default: print("i =", i)
    }
}
// expect: i = 0
// expect: i = 2
let d = 0.5
switch d {
case 0.0..<1.0: print("unit") // expect: unit
default: print("other")
}

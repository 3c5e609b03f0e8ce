print(1 < 2, 2 <= 2, 3 > 4, 4 >= 4, 1 == 1, 1 != 1) // expect: true true false true true false
print("a" < "b", "abc" == "abc") // expect: true true
print(true && false, true || false, !false) // expect: false true true
print(1 < 2 && 2 < 3 || false) // expect: true
print([1, 2] == [1, 2], [1] != [2]) // expect: true true
print((1, "a") == (1, "a")) // expect: true
let x = 5
print(x > 3 ? "big" : "small") // expect: big
let r = x > 10 ? 1.5 : 2
print(r) // expect: 2.0
func sideEffect() -> Bool {
    print("called")
    return true
}
print(false && sideEffect()) // expect: false
print(true || sideEffect()) // expect: true

let x = 1
do {
    let x = "inner"
    print(x) // expect: inner
}
print(x) // expect: 1
func f() -> Int {
    let x = 10
    return x
}
print(f(), x) // expect: 10 1
if true {
    var x = 2.5
    x *= 2
    print(x) // expect: 5.0
}
for x in 0..<2 {
    print(x) // expect: 0
    // expect: 1
}
print(x) // expect: 1

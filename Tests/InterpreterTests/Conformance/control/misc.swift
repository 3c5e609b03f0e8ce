func f() -> Int {
    print("f")
    return 1
}
_ = f() // expect: f
do {
    let inside = 3
    print(inside) // expect: 3
}
precondition(1 < 2, "fine")
print("after") // expect: after

func f() {
    let k = 2
    struct S { func g() -> Int { k } } // expect error: 3:34: struct declaration cannot close over value 'k' defined in outer scope
    print(S().g())
}
f()

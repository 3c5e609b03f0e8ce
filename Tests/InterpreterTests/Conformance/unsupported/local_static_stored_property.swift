func f() {
    struct S { static let z = 3 } // expect error: 2:27: a static stored property of a type declared inside a function or block is not supported in notebooks
    print(S.z)
}
f()

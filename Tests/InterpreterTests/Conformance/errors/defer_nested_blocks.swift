func f() {
    defer { print("outer") }
    do {
        defer { print("inner") }
        print("in do")
    }
    print("after do")
}
f()
// expect: in do
// expect: inner
// expect: after do
// expect: outer

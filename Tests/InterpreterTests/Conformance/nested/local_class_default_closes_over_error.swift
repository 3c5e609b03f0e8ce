func f() {
    var k = 2
    class C { var v = k } // expect error: 3:23: class declaration cannot close over value 'k' defined in outer scope
    print(C().v)
    k += 1
}
f()

class A { // expect error: 1:7: class 'A' has no initializers
    var x: Int
}

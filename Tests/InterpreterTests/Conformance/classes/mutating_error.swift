class A {
    var x = 0
    mutating func bump() { x += 1 } // expect error: 3:5: 'mutating' is not valid on instance methods in classes
}

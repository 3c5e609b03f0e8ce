class A {
    func f() -> Int { 1 }
}
class B: A {
    override func g() -> Int { 2 } // expect error: 5:19: method does not override any method from its superclass
}

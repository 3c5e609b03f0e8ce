class A {
    final func f() -> Int { 1 }
}
class B: A {
    override func f() -> Int { 2 } // expect error: 5:19: instance method overrides a 'final' instance method
}

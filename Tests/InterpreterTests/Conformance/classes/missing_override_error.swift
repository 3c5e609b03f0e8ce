class A {
    func f() -> Int { 1 }
}
class B: A {
    func f() -> Int { 2 } // expect error: 5:10: overriding declaration requires an 'override' keyword
}

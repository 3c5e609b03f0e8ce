class Base {
    func greet() -> String { "hello" }
    var tag: String { "base" }
}
class Derived: Base {
    override func greet() -> String { super.greet() + " from derived" }
    override var tag: String { super.tag + "+derived" }
}
class MoreDerived: Derived {
    override func greet() -> String { "[" + super.greet() + "]" }
}
print(Derived().greet()) // expect: hello from derived
print(MoreDerived().greet()) // expect: [hello from derived]
print(MoreDerived().tag) // expect: base+derived
let b: Base = MoreDerived()
print(b.greet(), b.tag) // expect: [hello from derived] base+derived

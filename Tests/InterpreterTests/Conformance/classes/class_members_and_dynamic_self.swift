// `class var` and `class func` overridden in subclasses, `super` in them, and `Self.member` in an instance method
// answering for the instance's own class.
class A {
    class func kind() -> String { "A" }
    class var name: String { "a" }
    func describe() -> String { Self.kind() + "/" + Self.name }
}
class B: A {
    override class func kind() -> String { "B<" + super.kind() }
    override class var name: String { "b+" + super.name }
}
final class C: B {}
print(A.kind(), B.kind(), A.name, B.name) // expect: A B<A a b+a
print(A().describe(), B().describe(), C().describe()) // expect: A/a B<A/b+a B<A/b+a
let items: [A] = [A(), B(), C()]
print(items.map { $0.describe() }) // expect: ["A/a", "B<A/b+a", "B<A/b+a"]

class A {
    var log: [String] = []
    init() { log.append("A") }
    func who() -> String { "A" }
    func chain() -> String { who() }
}
class B: A {
    override init() {
        super.init()
        log.append("B")
    }
    override func who() -> String { "B<" + super.who() }
}
class C: B {
    override init() {
        super.init()
        log.append("C")
    }
    override func who() -> String { "C<" + super.who() }
}
let c = C()
print(c.log, c.chain()) // expect: ["A", "B", "C"] C<B<A
let items: [A] = [A(), B(), C()]
print(items.map { $0.chain() }) // expect: ["A", "B<A", "C<B<A"]

class Base {
    var log: [String] = []
    init() {
        log.append("base init")
        print("Base.init")
    }
}
class Child: Base {
    var extra: Int
    init(extra: Int) {
        self.extra = extra
        print("Child.init")
    }
}
let c = Child(extra: 3)
print(c.extra, c.log) // expect: Child.init
// expect: Base.init
// expect: 3 ["base init"]

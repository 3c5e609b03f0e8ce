class Animal {
    var name: String
    var legs = 4
    init(name: String) { self.name = name }
    func describe() -> String { "\(name) has \(legs) legs" }
}
class Bird: Animal {
    var canFly = true
    init(name: String, canFly: Bool) {
        self.canFly = canFly
        super.init(name: name)
        legs = 2
    }
}
let b = Bird(name: "penguin", canFly: false)
print(b.describe()) // expect: penguin has 2 legs
print(b.canFly, b.name, b.legs) // expect: false penguin 2
let a: Animal = b
print(a.describe()) // expect: penguin has 2 legs
print(a.name) // expect: penguin

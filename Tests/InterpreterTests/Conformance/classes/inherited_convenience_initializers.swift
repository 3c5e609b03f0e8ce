class Animal {
    let name: String
    init(name: String) { self.name = name }
    convenience init() { self.init(name: "Unknown") }
    convenience init(twice n: String) { self.init(name: n + n) }
}
class Cat: Animal {
    override init(name: String) { super.init(name: name + "!") }
}
class Dog: Animal {
    let good: Bool
    init(name: String, good: Bool) { self.good = good; super.init(name: name) }
}
print(Cat().name, Cat(twice: "ab").name, Cat(name: "c").name, Animal().name)
print(Dog(name: "d", good: true).name)
// expect: Unknown! abab! c! Unknown
// expect: d

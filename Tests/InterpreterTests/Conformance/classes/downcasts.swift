class Animal {
    var name: String
    init(name: String) { self.name = name }
}
class Dog: Animal {
    func bark() -> String { "\(name): woof" }
}
class Cat: Animal {}
let zoo: [Animal] = [Dog(name: "rex"), Cat(name: "tom"), Dog(name: "fido")]
for a in zoo {
    if let d = a as? Dog { print(d.bark()) }
} // expect: rex: woof
// expect: fido: woof
print(zoo.filter { $0 is Cat }.count) // expect: 1
let first = zoo[0] as! Dog
print(first.bark()) // expect: rex: woof
print(zoo[1] as? Dog == nil) // expect: true

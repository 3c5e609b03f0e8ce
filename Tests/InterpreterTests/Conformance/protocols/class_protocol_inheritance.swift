protocol Animal {
    var name: String { get }
    func sound() -> String
}
extension Animal {
    func speak() -> String { "\(name) says \(sound())" }
}
class Dog: Animal {
    var name: String
    init(name: String) { self.name = name }
    func sound() -> String { "woof" }
}
class Puppy: Dog {
    override func sound() -> String { "yip" }
}
let animals: [Animal] = [Dog(name: "Rex"), Puppy(name: "Bit")]
for a in animals { print(a.speak()) } // expect: Rex says woof
// expect: Bit says yip

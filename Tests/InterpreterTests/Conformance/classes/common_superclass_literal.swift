// An array literal of instances of different classes is an array of their nearest common superclass.
class Animal {
    let name: String
    init(name: String) { self.name = name }
    func sound() -> String { "..." }
}
class Dog: Animal { override func sound() -> String { "woof" } }
class Cat: Animal { override func sound() -> String { "meow" } }
class Puppy: Dog { override func sound() -> String { "yip" } }
let pets = [Dog(name: "rex"), Cat(name: "tom"), Puppy(name: "bit")]
var lines: [String] = []
for p in pets { lines.append(p.name + " " + p.sound()) }
print(lines) // expect: ["rex woof", "tom meow", "bit yip"]
let dogs = [Dog(name: "a"), Puppy(name: "b")]
print(dogs.map { $0.sound() }) // expect: ["woof", "yip"]
let mixed = [Animal(name: "x"), Dog(name: "y")]
print(mixed.count, mixed[1].sound()) // expect: 2 woof

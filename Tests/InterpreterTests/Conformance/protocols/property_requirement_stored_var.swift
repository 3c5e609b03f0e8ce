protocol Named {
    var name: String { get set }
}
class Pet: Named {
    var name: String
    init(name: String) { self.name = name }
}
struct Tag: Named {
    var name = "tag"
}
var items: [Named] = [Pet(name: "rex"), Tag()]
for i in 0..<items.count { items[i].name += "!" }
print(items.map { $0.name }) // expect: ["rex!", "tag!"]
let pet = Pet(name: "a")
var asNamed: Named = pet
asNamed.name = "b"
print(pet.name) // expect: b

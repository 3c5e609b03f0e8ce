class Vehicle {
    var wheels: Int
    var name: String
    init(wheels: Int, name: String) {
        self.wheels = wheels
        self.name = name
    }
}
class Car: Vehicle {
    var doors = 4
    func summary() -> String { "\(name): \(wheels) wheels, \(doors) doors" }
}
let c = Car(wheels: 4, name: "sedan")
print(c.summary()) // expect: sedan: 4 wheels, 4 doors
c.doors = 2
print(c.summary()) // expect: sedan: 4 wheels, 2 doors

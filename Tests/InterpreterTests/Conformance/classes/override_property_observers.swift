class Vehicle {
    var speed = 0 {
        willSet { print("vehicle will", newValue) }
        didSet { print("vehicle did", oldValue, "->", speed) }
    }
    var name = "v"
}
class Car: Vehicle {
    override var speed: Int {
        willSet { print("car will", newValue) }
        didSet { print("car did", oldValue, "->", speed) }
    }
    override var name: String {
        didSet { print("renamed", oldValue, name) }
    }
}
let c = Car()
c.speed = 80
print(c.speed)
c.name = "car"
let v: Vehicle = c
v.speed = 10
let plain = Vehicle()
plain.speed = 5
// expect: car will 80
// expect: vehicle will 80
// expect: vehicle did 0 -> 80
// expect: car did 0 -> 80
// expect: 80
// expect: renamed v car
// expect: car will 10
// expect: vehicle will 10
// expect: vehicle did 80 -> 10
// expect: car did 80 -> 10
// expect: vehicle will 5
// expect: vehicle did 0 -> 5

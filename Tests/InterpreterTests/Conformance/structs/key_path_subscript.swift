struct Planet {
    var name: String
    var moons: Int
    var radius: Double
}
let earth = Planet(name: "Earth", moons: 1, radius: 6371)
let byMoons = \Planet.moons
print(earth[keyPath: \.name], earth[keyPath: byMoons], earth[keyPath: \Planet.radius] / 1000) // expect: Earth 1 6.371
let planets = [earth, Planet(name: "Mars", moons: 2, radius: 3390)]
print(planets.map { $0[keyPath: byMoons] }.reduce(0, +)) // expect: 3

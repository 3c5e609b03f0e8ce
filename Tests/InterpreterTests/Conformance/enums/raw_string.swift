enum Planet: String {
    case mercury
    case venus = "Venus"
    case earth
}
print(Planet.mercury.rawValue) // expect: mercury
print(Planet.venus.rawValue) // expect: Venus
print(Planet(rawValue: "earth") as Any) // expect: Optional(main.Planet.earth)
print(Planet(rawValue: "venus") == nil) // expect: true
let p = Planet(rawValue: "Venus") ?? .earth
print(p) // expect: venus

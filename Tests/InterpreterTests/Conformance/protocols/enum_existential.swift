protocol Named { var name: String { get }; func greet() -> String }
extension Named { func greet() -> String { "hello, \(name)" } }
enum Planet: String, Named {
    case mercury, venus
    var name: String { rawValue.uppercased() }
}
struct Moon: Named { var name: String }
let bodies: [any Named] = [Planet.venus, Moon(name: "Luna"), Planet.mercury]
for body in bodies { print(body.name, body.greet()) } // expect: VENUS hello, VENUS
// expect: Luna hello, Luna
// expect: MERCURY hello, MERCURY
print(bodies.map(\.name)) // expect: ["VENUS", "Luna", "MERCURY"]

protocol Named { static var name: String { get } }
extension Named { func hello() -> String { "hi \(Self.name)" } }
struct A: Named { static let name = "A" }
struct B: Named { static var name: String { "B" } }
print(A().hello(), B().hello())
protocol Unit { static func symbol() -> String; var amount: Double { get } }
extension Unit { var text: String { "\(amount) \(Self.symbol())" } }
struct Meters: Unit { let amount: Double; static func symbol() -> String { "m" } }
print(Meters(amount: 2).text)
// expect: hi A hi B
// expect: 2.0 m

// A protocol requirement is implemented by the conforming type's method with the same labels, even
// when the type overloads that name; a default implementation fills in beside an overload.
protocol Describing {
    func describe(name: String) -> String
    func summary(short: Bool) -> String
}
extension Describing {
    func summary(short: Bool) -> String { short ? "short" : describe(name: "long") }
}
struct Box: Describing {
    func describe(sides: Int) -> String { "box of \(sides) sides" }
    func describe(name: String) -> String { "box \(name)" }
    func summary(of count: Int) -> String { "\(count) boxes" }
}
class Ball: Describing {
    func describe(name: String) -> String { "ball \(name)" }
    func describe(color: String) -> String { "\(color) ball" }
}
let items: [Describing] = [Box(), Ball()]
print(items.map { $0.describe(name: "n") }) // expect: ["box n", "ball n"]
print(items.map { $0.summary(short: false) }) // expect: ["box long", "ball long"]
print(Box().summary(short: true), "|", Box().summary(of: 3), "|", Box().describe(sides: 6), "|", Ball().describe(color: "red")) // expect: short | 3 boxes | box of 6 sides | red ball

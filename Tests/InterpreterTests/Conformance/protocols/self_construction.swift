protocol Scalable {
    var v: Double { get }
    init(v: Double)
}
extension Scalable {
    func doubled() -> Self { Self(v: v * 2) }
    func plus(_ k: Double) -> Self { Self(v: v + k) }
}
struct Meters: Scalable { var v: Double }
struct Grams: Scalable, CustomStringConvertible {
    var v: Double
    var tag = "g"
    init(v: Double) { self.v = v }
    var description: String { "\(v)\(tag)" }
}
final class Box: Scalable {
    let v: Double
    init(v: Double) { self.v = v }
}
print(Meters(v: 1.5).doubled(), Grams(v: 2).doubled().plus(1), Box(v: 4).doubled().v)
let items: [any Scalable] = [Meters(v: 1), Grams(v: 3)]
print(items.map { $0.doubled().v })
// expect: Meters(v: 3.0) 5.0g 8.0
// expect: [2.0, 6.0]

protocol Describable {
    func describe() -> String
}
// cell
struct Temp {
    var c: Double
}
// cell
extension Temp: Describable {
    func describe() -> String { "\(c)°C" }
}
let things: [Describable] = [Temp(c: 21.5)]
print(things[0].describe()) // expect: 21.5°C

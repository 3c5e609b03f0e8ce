protocol Describable {
    func describe() -> String
}
struct Point {
    var x: Int
    var y: Int
}
extension Point: Describable {
    func describe() -> String { "(\(x), \(y))" }
}
let items: [Describable] = [Point(x: 1, y: 2), Point(x: 3, y: 4)]
print(items.map { $0.describe() }.joined(separator: " ")) // expect: (1, 2) (3, 4)

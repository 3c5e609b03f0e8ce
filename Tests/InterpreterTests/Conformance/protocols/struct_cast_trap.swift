// nbrun-deviation: Swift's message also shows each type's metadata address, which changes between runs
protocol Shape { var area: Double { get } }
enum Unit: Shape {
    case square
    var area: Double { 1 }
}
struct Circle: Shape {
    var r: Double
    var area: Double { 3 * r * r }
}
let shapes: [Shape] = [Unit.square, Circle(r: 2)]
let c = shapes[0] as! Circle // expect runtime error: 12:9: Could not cast value of type 'main.Unit' to 'main.Circle'.

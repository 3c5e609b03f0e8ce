enum Shape {
    case circle(radius: Double)
    case rect(width: Double, height: Double)
    case polygon([Double])
    case point
}
let shapes: [Shape] = [.circle(radius: 1), .rect(width: 2, height: 3), .polygon([1, 2]), .point]
for s in shapes { print(s) } // expect: circle(radius: 1.0)
// expect: rect(width: 2.0, height: 3.0)
// expect: polygon([1.0, 2.0])
// expect: point
let r = Shape.rect(width: 1.5, height: 2)
print(r) // expect: rect(width: 1.5, height: 2.0)

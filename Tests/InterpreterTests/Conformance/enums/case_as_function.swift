enum Shape { case circle(radius: Double), square(Double) }
let radii = [1.0, 2.5]
let circles = radii.map(Shape.circle)
print(circles) // expect: [main.Shape.circle(radius: 1.0), main.Shape.circle(radius: 2.5)]
let make = Shape.square
print(make(3)) // expect: square(3.0)

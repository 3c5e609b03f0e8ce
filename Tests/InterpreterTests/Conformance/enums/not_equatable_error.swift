enum Shape { case circle(Double) }
let a = Shape.circle(1)
print(a == a) // expect error: 3:9: referencing operator function '==' on 'Equatable' requires that 'Shape' conform to 'Equatable'

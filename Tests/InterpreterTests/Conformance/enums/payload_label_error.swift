enum Shape { case circle(radius: Double) }
let s = Shape.circle(r: 1) // expect error: 2:25: incorrect argument label in call (have 'r:', expected 'radius:')

enum Shape { case rect(Double, Double) }
switch Shape.rect(1, 2) {
case .rect(let w): print(w) // expect error: 3:6: tuple pattern has the wrong length for tuple type '(Double, Double)'
}

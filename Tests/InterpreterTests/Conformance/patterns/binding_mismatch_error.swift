enum Pair { case left(Int), right(Int), none }
switch Pair.left(1) {
case .left(let x), .right(let y): print(x) // expect error: 3:20: 'x' must be bound in every pattern
case .none: break
}

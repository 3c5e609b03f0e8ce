enum Event { case move(dx: Int, dy: Int), stop }
let e = Event.move(dx: 3, dy: -1)
switch e {
case .move(dx: let x, dy: 0): print("horizontal", x)
case .move(let x, let y): print("move", x, y) // expect: move 3 -1
case .stop: print("stop")
}

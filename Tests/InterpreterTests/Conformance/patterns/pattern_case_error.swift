enum Color { case red }
switch Color.red {
case .blue: print("b") // expect error: 3:7: type 'Color' has no member 'blue'
default: break
}

enum Color { case red, green, blue }
let c = Color.red
switch c { // expect error: 3:1: switch must be exhaustive
case .red: print("r")
case .green: print("g")
}

enum Color { case red, green }
let c = Color.green
switch c {
case Color.red: print("r")
case Color.green: print("g") // expect: g
}

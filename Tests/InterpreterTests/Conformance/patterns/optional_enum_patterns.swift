enum Color { case red, green }
let c: Color? = .green
switch c {
case .red: print("red")
case .green: print("green") // expect: green
case .none: print("none")
}
let colors: [Color?] = [.red, nil]
for case let color? in colors { print(color) } // expect: red

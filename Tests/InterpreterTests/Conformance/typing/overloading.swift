// Overloads by Int and Double: an integer literal takes the Int one, a literal with a fraction or a
// Double value the Double one.
func area(_ side: Int) -> Int { side * side }
func area(_ side: Double) -> Double { side * side }
let d = 3.0
print(area(2), area(2.5), area(d), area(Int(d))) // expect: 4 6.25 9.0 9

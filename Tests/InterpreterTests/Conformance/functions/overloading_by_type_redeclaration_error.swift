struct Circle { var r: Double }
func area(_ c: Circle) -> Double { c.r }
func area(_ x: Double) -> Double { x }
func area(_ c: Circle) -> Double { 2 * c.r } // expect error: 4:6: invalid redeclaration of 'area'

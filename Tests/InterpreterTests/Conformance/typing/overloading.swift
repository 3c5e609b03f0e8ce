func area(_ side: Int) -> Int { side * side }
func area(_ side: Double) -> Double { side * side } // expect error: 2:6: invalid redeclaration of 'area' (function overloading is not supported in notebooks)

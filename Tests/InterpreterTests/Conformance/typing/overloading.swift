func area(_ side: Int) -> Int { side * side }
func area(_ side: Double) -> Double { side * side } // expect error: 2:6: overloading 'area' by parameter type is not supported in notebooks

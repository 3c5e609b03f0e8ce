func area(radius: Double) -> Double { radius }
func area(width: Double) -> Double { width }
func area(radius r: Double) -> Double { r } // expect error: 3:6: invalid redeclaration of 'area(radius:)'

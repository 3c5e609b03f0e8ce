// A later cell re-declares one overload: only that one is replaced.
func area(width: Double, height: Double) -> Double { width * height }
func area(radius: Double) -> Double { 3.0 * radius * radius }
// cell
func area(radius: Double) -> Double { 3.14 * radius * radius }
print(area(width: 2, height: 3), area(radius: 1)) // expect: 6.0 3.14

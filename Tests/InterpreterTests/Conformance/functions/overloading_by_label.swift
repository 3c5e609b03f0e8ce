// Functions overloaded by argument labels: each call finds the one its labels name.
func area(width: Double, height: Double) -> Double { width * height }
func area(radius: Double) -> Double { 3.0 * radius * radius }
func area(of side: Double) -> Double { area(width: side, height: side) }
print(area(width: 2, height: 3), area(radius: 1), area(of: 4)) // expect: 6.0 3.0 16.0
func describe(_ x: Int) -> String { "int \(x)" }
func describe(value x: Int, unit: String) -> String { "\(x) \(unit)" }
print(describe(3), describe(value: 5, unit: "kg")) // expect: int 3 5 kg
func total() -> Int {
    func step(by n: Int) -> Int { n * 10 }
    func step(_ n: Int) -> Int { n }
    return step(by: 2) + step(3)
}
print(total()) // expect: 23

func add(_ a: Int, _ b: Int) -> Int { a + b }
func greet(name: String, greeting: String = "Hello") -> String {
    return "\(greeting), \(name)!"
}
func scale(_ x: Double, by factor: Double = 2) -> Double { x * factor }
print(add(2, 3)) // expect: 5
print(greet(name: "Ann")) // expect: Hello, Ann!
print(greet(name: "Bob", greeting: "Hi")) // expect: Hi, Bob!
print(scale(3), scale(3, by: 10)) // expect: 6.0 30.0
func nothing() {
    print("side effect")
}
nothing() // expect: side effect
func early(_ x: Int) {
    if x > 0 { return }
    print("non-positive")
}
early(1)
early(0) // expect: non-positive
print(later(2)) // expect: 4
func later(_ x: Int) -> Int { x * 2 }
func outer() -> Int {
    func inner(_ y: Int) -> Int { y + 1 }
    return inner(41)
}
print(outer()) // expect: 42
func minMax(_ xs: [Int]) -> (min: Int, max: Int) {
    return (xs.min()!, xs.max()!)
}
let mm = minMax([3, 1, 4])
print(mm.min, mm.max, mm) // expect: 1 4 (min: 1, max: 4)

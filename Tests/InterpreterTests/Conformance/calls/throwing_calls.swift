enum MathError: Error { case negative(Int), tooDeep }
func checkedSum(_ a: Int, _ b: Int, _ depth: Int) throws -> Int {
    if depth > 3 { throw MathError.tooDeep }
    if a < 0 { throw MathError.negative(a) }
    if b == 0 { return a }
    return try checkedSum(a + 1, b - 1, depth + 1)
}
print(try checkedSum(1, 2, 0)) // expect: 3
do {
    _ = try checkedSum(-4, 1, 0)
} catch MathError.negative(let v) {
    print("negative", v) // expect: negative -4
}
do {
    _ = try checkedSum(1, 10, 0)
} catch {
    print("caught", error) // expect: caught tooDeep
}
func ratio(_ a: Double, _ b: Double) throws -> Double {
    guard b != 0 else { throw MathError.negative(0) }
    return a / b
}
print((try? ratio(1.0, 0.0)) ?? -1.0, try ratio(3.0, 2.0)) // expect: -1.0 1.5

enum E: Error { case negative }
func applyTwice(_ x: Int, _ f: (Int) throws -> Int) rethrows -> Int {
    try f(try f(x))
}
func dec(_ x: Int) throws -> Int {
    if x <= 0 { throw E.negative }
    return x - 1
}
print(try applyTwice(5, dec)) // expect: 3
print((try? applyTwice(1, dec)) as Any) // expect: nil

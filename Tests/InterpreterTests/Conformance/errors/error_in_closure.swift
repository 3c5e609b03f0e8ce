enum E: Error { case odd(Int) }
func evens(_ xs: [Int]) throws -> [Int] {
    try xs.map { x in
        if x % 2 != 0 { throw E.odd(x) }
        return x
    }
}
print(try evens([2, 4])) // expect: [2, 4]
do { _ = try evens([2, 3]) } catch { print(error) } // expect: odd(3)

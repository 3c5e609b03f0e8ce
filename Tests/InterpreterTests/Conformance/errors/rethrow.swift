enum E: Error { case inner(Int) }
func risky(_ n: Int) throws -> Int {
    if n > 2 { throw E.inner(n) }
    return n
}
func wrapper(_ n: Int) throws -> Int {
    do {
        return try risky(n)
    } catch E.inner(let v) where v > 5 {
        return -v
    }
}
print(try wrapper(1)) // expect: 1
print(try wrapper(9)) // expect: -9
do {
    _ = try wrapper(3)
} catch {
    print("escaped", error) // expect: escaped inner(3)
}

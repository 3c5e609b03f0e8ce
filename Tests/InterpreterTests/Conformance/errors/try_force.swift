enum E: Error { case nope(Int) }
func check(_ n: Int) throws -> Int {
    if n < 0 { throw E.nope(n) }
    return n
}
print(try! check(3)) // expect: 3
let x = try! check(-2) // expect runtime error: 7:9: 'try!' expression unexpectedly raised an error: main.E.nope(-2)

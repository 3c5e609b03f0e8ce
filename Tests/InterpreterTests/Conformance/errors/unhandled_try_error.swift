func g() throws -> Int { 1 }
func f() -> Int {
    return try g() // expect error: 3:12: errors thrown from here are not handled
}

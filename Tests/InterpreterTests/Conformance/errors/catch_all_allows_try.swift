enum E: Error { case a }
func g() throws -> Int { throw E.a }
func f() -> Int {
    do {
        return try g()
    } catch {
        return 7
    }
}
print(f()) // expect: 7

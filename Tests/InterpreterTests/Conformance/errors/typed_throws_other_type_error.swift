enum A: Error { case a }
enum B: Error { case b }
func f() throws(A) {
    throw B.b // expect error: 4:11: thrown expression type 'B' cannot be converted to error type 'A'
}

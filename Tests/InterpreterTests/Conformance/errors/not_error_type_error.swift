func f() throws {
    throw 42 // expect error: 2:11: thrown expression type 'Int' does not conform to 'Error'
}

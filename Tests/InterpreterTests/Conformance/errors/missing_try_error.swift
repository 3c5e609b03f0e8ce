enum E: Error { case a }
func f() throws -> Int { 1 }
let x = f() // expect error: 3:9: call can throw but is not marked with 'try'

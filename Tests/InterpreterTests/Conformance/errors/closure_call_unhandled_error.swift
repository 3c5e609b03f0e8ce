enum E: Error { case x }
func bad() throws -> Int { throw E.x }
let c = { bad() } // expect error: 3:11: call can throw, but it is not marked with 'try' and the error is not handled

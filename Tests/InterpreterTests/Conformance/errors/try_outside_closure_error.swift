enum E: Error { case x }
func bad() throws -> Int { throw E.x }
func apply(_ f: () throws -> Int) rethrows -> Int { try f() }
let v = try apply { bad() } // expect error: 4:21: call can throw, but it is not marked with 'try' and the error is not handled

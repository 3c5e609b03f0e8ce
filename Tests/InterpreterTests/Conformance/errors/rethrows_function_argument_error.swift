enum E: Error { case x }
func bad() throws -> Int { throw E.x }
func apply(_ f: () throws -> Int) rethrows -> Int { try f() }
let v = apply(bad) // expect error: 4:9: call can throw but is not marked with 'try'

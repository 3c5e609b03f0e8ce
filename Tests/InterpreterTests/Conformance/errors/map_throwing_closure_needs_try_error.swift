enum E: Error { case x }
func bad(_ n: Int) throws -> Int { throw E.x }
let v = [1, 2].map { try bad($0) } // expect error: 3:9: call can throw but is not marked with 'try'

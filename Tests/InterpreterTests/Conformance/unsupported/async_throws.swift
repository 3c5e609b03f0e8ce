func g() async throws -> Int { 1 } // expect error: 1:10: 'async' is not supported in notebooks

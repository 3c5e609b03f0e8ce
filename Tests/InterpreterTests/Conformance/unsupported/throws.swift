func f() throws -> Int { 1 } // expect error: 1:10: 'throws' is not supported in notebooks

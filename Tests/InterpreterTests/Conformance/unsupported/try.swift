let x = try f() // expect error: 1:9: 'try' is not supported in notebooks

let x = await f() // expect error: 1:9: 'await' is not supported in notebooks

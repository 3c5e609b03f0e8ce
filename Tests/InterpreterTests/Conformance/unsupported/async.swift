func g() async {} // expect error: 1:10: 'async' is not supported in notebooks

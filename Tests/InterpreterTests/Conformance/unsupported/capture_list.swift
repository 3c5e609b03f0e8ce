let x = 1
let f = { [x] in x } // expect error: 2:11: a capture list is not supported in notebooks

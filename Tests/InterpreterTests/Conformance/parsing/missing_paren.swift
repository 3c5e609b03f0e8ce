let a = 1
let z = (1 + // expect error: 2:13: expected expression after operator

func bump(_ x: inout Int) { x += 1 }
let n = 1
bump(&n) // expect error: 3:7: cannot assign to value: 'n' is a 'let' constant

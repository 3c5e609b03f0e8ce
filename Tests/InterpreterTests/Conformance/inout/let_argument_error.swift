func bump(_ x: inout Int) { x += 1 }
let n = 1
bump(&n) // expect error: 3:6: cannot pass immutable value as inout argument: 'n' is a 'let' constant

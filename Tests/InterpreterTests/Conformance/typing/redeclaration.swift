let total = 1
let total = 2 // expect error: 2:5: invalid redeclaration of 'total'

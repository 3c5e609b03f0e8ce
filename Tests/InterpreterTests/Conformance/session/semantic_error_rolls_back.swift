let a = 1
// cell
let b = 2
print(b + undefined) // expect error: 4:11: cannot find 'undefined' in scope

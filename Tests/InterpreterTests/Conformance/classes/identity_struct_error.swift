struct S { var x = 0 }
let a = S()
print(a === a) // expect error: 3:7: argument type 'S' expected to be an instance of a class or class-constrained type

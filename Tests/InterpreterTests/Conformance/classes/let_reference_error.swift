class C { var x = 0 }
let c = C()
c = C() // expect error: 3:1: cannot assign to value: 'c' is a 'let' constant

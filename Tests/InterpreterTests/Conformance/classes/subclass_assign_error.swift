class A { var x = 0 }
class B: A { var y = 1 }
let b: B = A() // expect error: 3:12: cannot convert value of type 'A' to specified type 'B'

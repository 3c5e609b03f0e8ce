class A { var x = 0 }
class B: A { var y = 1 }
let a: A = B()
print(a.y) // expect error: 4:9: value of type 'A' has no member 'y'
